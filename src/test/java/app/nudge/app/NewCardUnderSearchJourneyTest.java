package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * An interview logged while the board is searched for something else: a trial saw it saved but
 * nowhere (the search hid the card, the side pane kept the searched card). The new card is shown
 * and selected; the search, which would hide it, is emptied.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class NewCardUnderSearchJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;

    @Start
    void start(Stage stage) {
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(db -> new ApplicationRepository(db).save(Application.of("pied-piper", "Pied Piper", "Engineer")))
                .start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void anInterviewLoggedUnderASearchIsShownAndSelected(FxRobot robot) {
        robot.clickOn("#search").write("pied");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.wiring.board().card("pied-piper").isPresent(), "the search shows its match");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#company").queryAs(ComboBox.class).getEditor().setText("Initech");
            robot.lookup("#role").queryAs(TextField.class).setText("Data Engineer");
            robot.lookup(".interviewer-name").queryAs(TextField.class).setText("Bill Lumbergh");
        });
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText(), "the search that hid it is gone");
        assertEquals("initech-data-engineer", app.wiring.board().selectedIdProperty().get());
        assertTrue(app.wiring.board().card("initech-data-engineer").isPresent(), "its card is on the board");
        assertTrue(app.wiring.board().card("pied-piper").isPresent(), "and the rest again");
    }
}
