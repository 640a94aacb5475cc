package vn.onestop.investor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/** The package boundaries STYLE.md asks for, enforced rather than hoped for. */
@AnalyzeClasses(
        packages = {"vn.onestop.investor", "vn.onestop.support"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava =
            noClasses()
                    .that()
                    .resideInAPackage("..model..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "io.quarkus..",
                            "jakarta.ws.rs..",
                            "org.camunda..",
                            "vn.onestop..rest..",
                            "vn.onestop..service..",
                            "vn.onestop..persistence..");

    @ArchTest
    static final ArchRule resourcesDelegateToServices =
            noClasses()
                    .that()
                    .resideInAPackage("..rest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("vn.onestop..persistence..");

    @ArchTest
    static final ArchRule resourcesOwnNoTransactions =
            noClasses()
                    .that()
                    .areAnnotatedWith(Path.class)
                    .should()
                    .beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule resourceMethodsOwnNoTransactions =
            methods()
                    .that()
                    .areDeclaredInClassesThat()
                    .areAnnotatedWith(Path.class)
                    .should()
                    .notBeAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule servicesDoNotSpeakHttp =
            noClasses()
                    .that()
                    .resideInAPackage("..service..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jakarta.ws.rs..", "vn.onestop..rest..");

    @ArchTest
    static final ArchRule resourcesLiveInRestPackages =
            classes()
                    .that()
                    .areAnnotatedWith(Path.class)
                    .should()
                    .resideInAPackage("vn.onestop..rest..");
}
