package app.nudge.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.TwoComputersOnOneFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
 * The log-interview form adding a round while the application's notes were changed on another
 * computer: when the user typed notes too, the save is refused, the form stays open with the
 * round and the notes as typed, and one line says what happened; a second save applies it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LogInterviewChangedElsewhereTest {

    private static final Clock CLOCK = LogInterviewViewModelTest.clockAt(LogInterviewViewModelTest.NOW);

    @TempDir
    Path folder;

    private Stage stage;
    private TwoComputersOnOneFile computers;
    private ApplicationService here;
    private ApplicationService there;
    private final List<Application> savedCalls = new ArrayList<>();
    private Application acme;

    @Start
    void start(Stage primary) {
        computers = TwoComputersOnOneFile.open(folder);
        here = computers.here;
        there = computers.there;
        acme = here.save(LogInterviewViewModelTest.existingAcme()).join();
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 760, 800));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        computers.close();
    }

    private Application stored() {
        return computers.stored(acme.id());
    }

    @Test
    void aRoundWhoseNotesWereChangedElsewhereIsRefusedAndTheFormKeepsWhatWasTyped(FxRobot robot) {
        LogInterviewViewModel vm = new LogInterviewViewModel(here, CLOCK, Runnable::run, Optional.of(acme), List.of(acme));
        FxmlLoaderFactory.Loaded<LogInterviewController> view = LogInterviewDialog.load(vm, savedCalls::add, () -> { });
        TwoComputersOnOneFile.show(robot, stage, view.root(), 760, 800);
        robot.clickOn("#addInterviewer").write("Alex Kim");
        robot.interact(() -> robot.lookup("#notes").queryAs(TextArea.class).setText("Second round booked"));
        ApplicationDetails d = ApplicationDetails.of(acme);
        Application newer = there.editDetails(acme, new ApplicationDetails(d.company(), d.role(), d.country(),
                d.appliedOn(), d.url(), d.location(), d.mayCall(), d.knownDelay(), "Recruiter says: wait", d.contacts()))
                .join();

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        Label formError = robot.lookup("#formError").queryAs(Label.class);
        assertTrue(formError.isVisible());
        assertEquals("Acme Corp was changed on another computer meanwhile; nothing was saved. There, the notes are"
                + " \u201cRecruiter says: wait\u201d. Your values are still in the form: save again to put them in place of"
                + " those.", formError.getText());
        assertEquals(List.of(), savedCalls, "the form stays open");
        assertEquals(newer, stored(), "nothing of the refused save was stored");
        assertEquals("Second round booked", robot.lookup("#notes").queryAs(TextArea.class).getText());
        assertEquals(List.of("Alex Kim"), robot.lookup(".interviewer-name")
                .queryAllAs(javafx.scene.control.TextField.class).stream().map(f -> f.getText()).toList());

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, savedCalls.size(), "the second save, based on the newer record, is applied");
        assertEquals("Second round booked", stored().notes());
        assertEquals(2, stored().interviews().size());
    }
}
