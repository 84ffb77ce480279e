package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.ui.shell.WindowGeometry;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens at the size, place and split it had when the app last closed (seen lost under Xvfb). */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WindowMemoryJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Stage stage;

    private static final WindowGeometry LAST_TIME = new WindowGeometry(40, 30, 1024, 640, false, 0.66);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).window(LAST_TIME).start();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theRememberedSizePlaceAndSplitAreWhatOpens() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1024, stage.getWidth(), 0.5, "width");
        assertEquals(640, stage.getHeight(), 0.5, "height");
        assertEquals(40, stage.getX(), 0.5, "x");
        assertEquals(30, stage.getY(), 0.5, "y");
        assertEquals(0.66, app.wiring.window().geometry(stage).divider(), 0.01, "the split between board and side pane");
    }
}
