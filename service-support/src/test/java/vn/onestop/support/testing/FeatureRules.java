package vn.onestop.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a service's features ({@code vn.onestop.<service>.<feature>}) may depend on one another,
 * shared like {@link LayeringRules}: in one direction only, and each feature's tables reached
 * through its services, never through another feature's repositories.
 */
public final class FeatureRules {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("vn.onestop.(*).(*)..")
                    .namingSlices("$1.$2")
                    .as("features of a service")
                    .should()
                    .beFreeOfCycles();

    @ArchTest
    static final ArchRule persistenceIsUsedOnlyByItsOwnFeature =
            classes()
                    .that()
                    .resideInAPackage("vn.onestop..")
                    .should(notReachIntoAnotherFeaturesPersistence())
                    .as("a feature's persistence package is used only by that feature");

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesPersistence() {
        return new ArchCondition<>("not depend on another feature's persistence package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = feature(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> theirs = feature(target);
                    if (theirs.isPresent()
                            && !theirs.equals(own)
                            && target.getPackageName().contains(".persistence")) {
                        events.add(
                                SimpleConditionEvent.violated(
                                        dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code vn.onestop.licensing.task.service} → {@code licensing.task}. */
    private static Optional<String> feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length < 4 || !parts[0].equals("vn") || !parts[1].equals("onestop")) {
            return Optional.empty();
        }
        return Optional.of(String.join(".", Arrays.asList(parts).subList(2, 4)));
    }

    private FeatureRules() {}
}
