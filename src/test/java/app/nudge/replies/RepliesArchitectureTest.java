package app.nudge.replies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Brief of issue 15: the replies package is pure, like domain and policy. */
@AnalyzeClasses(packages = "app.nudge.replies", importOptions = ImportOption.DoNotIncludeTests.class)
class RepliesArchitectureTest {

    @ArchTest
    static final ArchRule repliesStayPure = noClasses()
            .that().resideInAPackage("app.nudge.replies")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "jakarta.mail..", "org.eclipse.angus..",
                    "org.h2..", "app.nudge.store..", "app.nudge.ui..", "app.nudge.mail..")
            .because("reading a reply is pure: messages arrive already parsed, nothing is stored here");
}
