package vn.onestop.investor.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.onestop.support.testing.FeatureRules;
import vn.onestop.support.testing.LayeringRules;

/** The suite's package boundaries, enforced on this service. */
@AnalyzeClasses(
        packages = {"vn.onestop.investor", "vn.onestop.support"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);

    @ArchTest static final ArchTests features = ArchTests.in(FeatureRules.class);
}
