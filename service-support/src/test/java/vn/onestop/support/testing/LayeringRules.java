package vn.onestop.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/**
 * The package boundaries of STYLE.md, shared by every service's architecture test through {@code
 * ArchTests.in(LayeringRules.class)}: plain-Java models, thin resources that own no transactions
 * and reach neither repositories nor the engine, services that do not speak HTTP.
 */
public final class LayeringRules {

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
                    .and()
                    .areNotInterfaces() // REST client interfaces are outgoing adapters
                    .should()
                    .resideInAPackage("vn.onestop..rest..");

    private LayeringRules() {}
}
