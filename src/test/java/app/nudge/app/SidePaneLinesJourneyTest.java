package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.ui.common.ShownText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
 * The side pane's lines about a failed change do not outlive their cause: once the next change is
 * saved (here, in another application) the line saying the last one failed goes, while a line
 * about something done stays; the server's own line (under the toolbar) hands its "connected
 * again" to the same clearing.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SidePaneLinesJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US).seed(database -> {
            ApplicationRepository repository = new ApplicationRepository(database);
            for (String id : List.of("acme", "globex")) {
                repository.save(Application.of(id, id.equals("acme") ? "Acme Corp" : "Globex", "Analyst")
                        .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of()))));
            }
        }).start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#message").queryAs(Label.class).getText();
    }

    @Test
    void aFailedChangesLineGoesOnceTheNextChangeIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> app.wiring.board().selectedIdProperty().set("acme"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#side").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        new ApplicationRepository(app.database).delete("acme"); // gone behind the window's back: its next record fails
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640); // low enough that the line is below the side pane's fold
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#thankYouSent");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents(); // the scroll to the line waits for its layout
        String failed = message(robot);
        assertTrue(failed.contains("nothing was saved"), failed);
        Node failure = robot.lookup("#message").query();
        // In view once the side pane has scrolled to it (a layout pass or two after the line is set).
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> failure.localToScene(failure.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight() + 0.5);
        for (double[] size : new double[][] {{1024, 640}, {1280, 800}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label shown = robot.lookup("#message").queryAs(Label.class);
            assertEquals(failed, ShownText.of(shown), "the whole line, wrapped, at " + size[0]);
            javafx.scene.control.Button delete = robot.lookup("#deleteApplication").queryAs(javafx.scene.control.Button.class);
            assertEquals("Delete application", ShownText.of(delete), "at " + size[0]);
        }
        assertTrue(app.wiring.detail().messageIsProblemProperty().get());
        Node line = robot.lookup("#message").query();
        assertTrue(line.getStyleClass().contains("error"), "a failure is shown in the error colours");

        app.wiring.applications().recordEvent("globex", Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 20))).join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", message(robot), "the next change was saved: the failure's line went");
        assertFalse(line.getStyleClass().contains("error"));

        robot.interact(() -> app.wiring.board().selectedIdProperty().set("globex"));
        robot.clickOn("#voicemail");
        WaitForAsyncUtils.waitForFxEvents();
        String done = message(robot);
        assertTrue(done.endsWith("recorded."), done);
        app.wiring.applications().recordEvent("globex", Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 21))).join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(done, message(robot), "a line about something done stays");
    }

    @Test
    void theComposersFailedMarkAsSentReadsAsAFailureAndGoesWithTheNextSave(FxRobot robot) {
        robot.interact(() -> app.wiring.board().selectedIdProperty().set("acme"));
        WaitForAsyncUtils.waitForFxEvents();
        new ApplicationRepository(app.database).delete("acme"); // gone behind the window's back: marking it fails
        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();
        // The composer's line (the board has a #status of its own, under the columns).
        Label status = robot.lookup("#status").match((Node n) -> n.getStyleClass().contains("side-message")).queryAs(Label.class);
        assertTrue(status.getText().contains("nothing was saved"), status.getText());
        assertTrue(status.getStyleClass().contains("error"), "a failure is shown in the error colours");

        app.wiring.applications().recordEvent("globex", Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 20))).join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", status.getText(), "the next change was saved: the failure's line went");
        assertFalse(status.getStyleClass().contains("error"));
    }

    @Test
    void theServerBackClearsTheLinesItsOutageLeft() {
        List<Node> strips = new java.util.ArrayList<>();
        int[] cleared = {0};
        ServerFollow.Status status = ServerFollow.shownIn(strips::add, (title, text) -> { }, java.time.ZoneOffset.UTC,
                () -> cleared[0]++);
        assertEquals(1, strips.size(), "the line under the toolbar");
        status.away("db.example.org", null);
        assertEquals(0, cleared[0], "nothing clears while the server is away");
        status.back("db.example.org");
        assertEquals(1, cleared[0]);
        assertFalse(strips.get(0).isVisible());
    }
}
