package app.nudge.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.Contact;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.TwoComputersOnOneFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "edit application" form, headless, when the same application was changed on another
 * computer while it was open: the save is refused, the form stays open with what the user typed,
 * the fields they did not touch show the newer values, one line says what happened, and a second
 * save applies their change to the newer record.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApplicationEditChangedElsewhereTest {

    @TempDir
    Path folder;

    private Stage stage;
    private TwoComputersOnOneFile computers;
    private ApplicationService here;
    private ApplicationService there;
    private final List<Application> saved = new ArrayList<>();
    private Application acme;

    @Start
    void start(Stage primary) {
        computers = TwoComputersOnOneFile.open(folder);
        here = computers.here;
        there = computers.there;
        acme = here.save(Application.of("acme", "Acme Corp", "Analyst")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true)))).join();
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 640, 720));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        computers.close();
    }

    private void open(FxRobot robot) {
        FxmlLoaderFactory.Loaded<ApplicationEditController> view = ApplicationEditDialog.load(
                new ApplicationEditViewModel(here, Runnable::run, acme), List.of("DE", "US"), saved::add, () -> { });
        TwoComputersOnOneFile.show(robot, stage, view.root(), 640, 720);
    }

    private Application stored() {
        return computers.stored("acme");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    @Test
    void aSaveRefusedAsChangedElsewhereKeepsTheFormOpenWithTheTypedValuesAndTheNewerOnes(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            robot.lookup("#appCompany").queryAs(TextField.class).setText("Acme Ltd");
            robot.lookup("#appLocation").queryAs(TextField.class).setText("Berlin");
        });
        // Meanwhile, on the other computer: another company name, notes and the "may call" flag.
        ApplicationDetails d = ApplicationDetails.of(acme);
        Application newer = there.editDetails(acme, new ApplicationDetails("Acme Inc", d.role(), d.country(),
                d.appliedOn(), d.url(), d.location(), true, d.knownDelay(), "they called", d.contacts())).join();

        // Fired, not clicked: in the full suite a window another test left open may stand over the
        // button, and the click then lands there (what the click does is DataDialog's and the journeys' to test).
        robot.interact(() -> robot.lookup("#appSave").queryButton().fire());
        Label problem = robot.lookup("#appProblem").queryAs(Label.class);
        // The refusal comes back from the database thread: a busy machine takes more than a round of events.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, problem::isVisible);
        assertEquals("Acme Inc was changed on another computer meanwhile; nothing was saved. There, the company is"
                + " \u201cAcme Inc\u201d. Your values are still in the form: save again to put them in place of those.",
                problem.getText());
        assertEquals(List.of(), saved, "the form stays open");
        assertEquals(newer, stored(), "nothing of the refused save was stored");
        assertEquals("Acme Ltd", text(robot, "#appCompany"), "what the user typed stays");
        assertEquals("Berlin", text(robot, "#appLocation"));
        assertEquals("they called", robot.lookup("#appNotes").queryAs(TextArea.class).getText(), "untouched: the newer value");
        assertTrue(robot.lookup("#appMayCall").queryAs(CheckBox.class).isSelected());

        robot.interact(() -> robot.lookup("#appSave").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, saved.size(), "the second save, based on the newer record, is applied");
        Application after = stored();
        assertEquals("Acme Ltd", after.company());
        assertEquals("Berlin", after.location());
        assertEquals("they called", after.notes());
        assertTrue(after.mayCall());
    }
}
