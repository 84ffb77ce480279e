package app.nudge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of docs/architecture.md true as the code grows. */
@AnalyzeClasses(packages = "app.nudge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndPolicyStayPure = noClasses()
            .that().resideInAnyPackage("app.nudge.domain..", "app.nudge.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio.file..",
                    "org.h2..", "org.flywaydb..", "com.fasterxml..", "de.focus_shift..")
            .because("the domain and the policy are pure: no UI, no database, no files");

    @ArchTest
    static final ArchRule insightsStayPure = noClasses()
            .that().resideInAPackage("app.nudge.insights..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio.file..",
                    "org.h2..", "org.flywaydb..", "com.fasterxml..", "org.apache.pdfbox..", "app.nudge.store..",
                    "app.nudge.ui..", "app.nudge.service..", "app.nudge.schedule..")
            .because("the view and the command line share one set of figures, computed from the history alone");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("app.nudge.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("app.nudge.policy..", "app.nudge.store..",
                    "app.nudge.exchange..", "app.nudge.ui..", "app.nudge.cli..", "app.nudge.app..",
                    "app.nudge.service..", "app.nudge.schedule..", "app.nudge.compose..");

    @ArchTest
    static final ArchRule uiNeverTouchesTheStore = noClasses()
            .that().resideInAPackage("app.nudge.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.nudge.store..", "java.sql..")
            .because("views ask services; only services reach the database");

    @ArchTest
    static final ArchRule nothingDependsOnTheAppWiring = noClasses()
            .that().resideOutsideOfPackage("app.nudge.app..")
            .should().dependOnClassesThat().resideInAPackage("app.nudge.app..");

    @ArchTest
    static final ArchRule onlyTheUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.nudge.ui..", "app.nudge.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("app.nudge.(*)..").should().beFreeOfCycles();
}
