package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.DatabasePath;
import app.nudge.store.RestartableServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a search kept on a server of the test's own, while that server stops and starts again. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ServerAwayJourneyTest {

    @RegisterExtension
    static final RestartableServer server = RestartableServer.forTheClass();

    @TempDir
    Path folder;

    private JourneyApp app;

    @Start
    void start(Stage stage) {
        DatabasePath path = DatabasePath.onServer(server.freshSchema("t_window"), folder.resolve("nudge"));
        app = JourneyApp.on(stage, folder).database(path)
                .seed(db -> new ApplicationRepository(db).save(Application.of("acme", "Acme Corp", "Engineer"))).start();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theWindowSaysTheServerIsAwayKeepsItsPlanAndClearsWhenItIsBack(FxRobot robot) throws Exception {
        Label line = robot.lookup("#server-status").queryAs(Label.class);
        assertFalse(line.isVisible(), "nothing to say while the server is there");

        server.stop();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, line::isVisible);
        // The journey's clock stands at 16:00 in New York: the plan shown was made then.
        assertEquals("The server 127.0.0.1 cannot be reached: showing the plan as it was at 16:00, read-only. Retrying\u2026",
                line.getText());
        assertEquals(List.of("acme"), app.wiring.board().applications().stream().map(Application::id).toList(),
                "the board keeps the last plan");

        server.start();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !line.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Connected again to 127.0.0.1.", app.wiring.window().notice().text());
    }
}
