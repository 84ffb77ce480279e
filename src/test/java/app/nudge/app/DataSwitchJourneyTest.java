package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.ServerAddress;
import app.nudge.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Settings → Data → "Use a PostgreSQL server…" on the real wiring, by keyboard: a user with a
 * board of applications in this computer's file tests a new schema on the test server, switches to
 * it, sees an empty board, and the choice is kept for the next start; nothing is logged as wrong.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DataSwitchJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Stage stage;
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(db -> new ApplicationRepository(db).saveAll(new DemoData(7, JourneyApp.TODAY).applications(6)))
                .session().start();
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(catcher);
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        app.close();
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        return owner == null ? "nothing" : "#" + owner.getId();
    }

    private static String resultLine(FxRobot robot) {
        return robot.lookup("#dataResult").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Test
    void switchingToANewSchemaByKeyboardTakesTheFilesSearchAlongAndIsRememberedQuietly(FxRobot robot) throws Exception {
        ServerAddress schema = TestServer.freshSchema(); // skipped without a test server (failed where one is required)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.wiring.board().applications().size() == 6);
        Logger.getLogger("").addHandler(catcher);
        String onTheFile = stage.getTitle();
        assertTrue(onTheFile.equals("Nudge") || onTheFile.matches("Nudge — \\d+ due"), "a file's title as always: " + onTheFile);

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL); // Settings
        WaitForAsyncUtils.waitForFxEvents();
        Button useServer = robot.lookup("#dataServer").queryAs(Button.class);
        assertTrue(useServer.isVisible(), "Settings has the Data section");
        robot.interact(useServer::requestFocus);
        robot.type(KeyCode.SPACE); // "Use a PostgreSQL server…"
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dataAddress").write(schema.toString());
        robot.type(KeyCode.ENTER); // tests
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> resultLine(robot).startsWith("Connected"));
        assertEquals("Connected: the schema " + schema.schema() + " is new; Nudge will create it, and copy this file's"
                + " applications into it if you tick that below.", resultLine(robot));
        assertEquals(6, app.wiring.board().applications().size(), "a test changes nothing");

        robot.type(KeyCode.TAB, 3); // password, Test connection, the tick to copy this file's search
        assertEquals("#dataBring", focused(robot));
        assertTrue(robot.lookup("#dataBring").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "ticked to begin with");
        robot.type(KeyCode.TAB); // Use this server
        assertEquals("#dataUse", focused(robot));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dataUse").tryQuery().isEmpty()
                && robot.lookup("#yourName").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.session.path().isServer());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(schema, app.session.path().server());
        // Read where the journey's database work runs (its database executor is the JavaFX thread):
        // from the test's own thread it would share the connection with the copy written after opening.
        assertEquals(6, WaitForAsyncUtils.asyncFx(() -> new ApplicationRepository(app.session.database()).count())
                .get(10, TimeUnit.SECONDS), "the file's search went along");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.wiring.board().applications().size() == 6);
        assertEquals(List.of(), app.problems);
        Path remembered = folder.resolve(RememberedStore.FILE_NAME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(remembered));
        assertEquals(app.session.path(), LaunchOptions.parse(List.of(), folder).database(), "the next start opens the server");
        assertFalse(Files.readString(remembered).contains(System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "\0")));
        assertEquals(List.of(), warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(), "nothing logged as wrong");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().matches("Nudge( — \\d+ due)? — " + schema.schema() + " on " + schema.host()),
                "the window says whose search it shows: " + stage.getTitle());
        String name = schema.schema() + " on " + schema.host();
        assertEquals("Now on the server: " + name + ", 6 applications brought from this computer's file. The file on this"
                + " computer keeps what it holds; Settings → Data brings you back to it.", app.wiring.window().notice().text());

        // Back, from Settings → Data itself: the title is the file's again.
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button back = robot.lookup("#dataBackToFile").queryAs(Button.class);
        assertTrue(back.isVisible(), "offered in Settings while on a server");
        robot.interact(back::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB).type(KeyCode.SPACE); // the question: from "Stay on the server" (the default) to "Show the file"
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.session.path().isServer()
                && robot.lookup("#dataBackToFile").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.wiring.board().applications().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(onTheFile, stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#dataServer").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(schema.toString(), robot.lookup("#dataAddress").queryTextInputControl().getText(),
                "the way back to the server is offered again");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Now on this computer's file, 6 applications. Your search stays on the server (" + name + ");"
                + " Settings → Data → Use a PostgreSQL server… goes back to it.", app.wiring.window().notice().text());
    }
}
