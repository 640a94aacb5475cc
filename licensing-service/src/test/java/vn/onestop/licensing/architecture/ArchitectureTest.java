package vn.onestop.licensing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/**
 * The package boundaries STYLE.md asks for: plain model, thin resources, engine behind services.
 */
@AnalyzeClasses(
        packages = "vn.onestop.licensing",
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
    static final ArchRule resourcesNeitherTouchTheEngineNorRepositories =
            noClasses()
                    .that()
                    .resideInAPackage("..rest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.camunda..", "vn.onestop..persistence..");

    @ArchTest
    static final ArchRule resourcesOwnNoTransactions =
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
}
