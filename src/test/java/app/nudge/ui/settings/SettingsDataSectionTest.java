package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.service.SettingsService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.ShownText;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * Settings → Data on a server: "Back to this computer's file" is right there (not only inside the
 * server dialog), reached by Tab from "Use a PostgreSQL server…", and switches, then closes the
 * settings; a failed switch says why and leaves them open. On a file the button is not offered.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SettingsDataSectionTest {

    @TempDir
    Path dir;

    private Database db;
    private Stage stage;
    private final AtomicInteger closed = new AtomicInteger();
    private final List<String> switches = new ArrayList<>();
    private boolean server = true;
    private CompletableFuture<Void> switchAnswer = CompletableFuture.completedFuture(null);

    private final DataConnection connection = new DataConnection() {
        @Override
        public String current() {
            return server ? "postgresql://jane@db.example.org/nudge?schema=jane" : "/home/jane/.local/share/nudge/nudge.mv.db";
        }

        @Override
        public boolean onServer() {
            return server;
        }

        @Override
        public Optional<String> problemWith(String typed) {
            return Optional.empty();
        }

        @Override
        public CompletableFuture<String> test(String typed, char[] password) {
            return CompletableFuture.completedFuture("");
        }

        @Override
        public CompletableFuture<Void> use(String typed, char[] password, boolean bringThisSearch) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> useLocalFile() {
            switches.add("file");
            return switchAnswer.thenRun(() -> server = false);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        SettingsService service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
        SettingsViewModel viewModel = new SettingsViewModel(service, List.of("DE", "US"), Platform::runLater);
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(SettingsController.class,
                () -> new SettingsController(viewModel, theme -> { }, closed::incrementAndGet, connection, () -> { })));
        Scene scene = new Scene(views.load(SettingsController.class).root(), 620, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private String focused() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? "nothing" : "#" + owner.getId();
    }

    @Test
    void onAServerTheWayBackIsOneTabAwayAndSwitchesThenCloses(FxRobot robot) {
        Button back = robot.lookup("#dataBackToFile").queryAs(Button.class);
        assertTrue(back.isVisible(), "offered while the data is on a server");
        assertEquals("Back to this computer's file", ShownText.of(back), "its whole text");
        robot.interact(() -> robot.lookup("#dataServer").query().requestFocus());
        robot.type(KeyCode.TAB);
        assertEquals("#dataBackToFile", focused());

        robot.type(KeyCode.SPACE); // asks first: the file may be older than what the server showed
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#backToFileNo").tryQuery().isPresent(), "the question is asked");
        robot.type(KeyCode.ENTER); // the default stays on the server
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), switches, "Enter keeps the server");

        robot.interact(back::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#backToFileYes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("file"), switches);
        assertEquals(1, closed.get(), "the settings close: their fields hold the server's values");
    }

    @Test
    void aSwitchThatFailsSaysWhyAndTheSettingsStayOpen(FxRobot robot) {
        switchAnswer = CompletableFuture.failedFuture(new app.nudge.store.StoreException(app.nudge.store.StoreException.Kind.FAILED,
                "Nudge is already open on that file in another window; nothing was changed.", null));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#dataBackToFile").queryAs(Button.class).fire()); // asks, and waits for the answer
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#backToFileYes");
        WaitForAsyncUtils.waitForFxEvents();
        Label result = robot.lookup("#dataSwitchResult").queryAs(Label.class);
        assertEquals("Nudge is already open on that file in another window; nothing was changed.", result.getText());
        assertEquals(result.getText(), ShownText.of(result));
        assertTrue(result.getStyleClass().contains("error"));
        assertEquals(0, closed.get());
    }

    @Test
    void onAFileTheWayBackIsNotOffered(FxRobot robot) {
        server = false;
        DataFields fields = new DataFields(connection, Runnable::run);
        assertFalse(fields.onServerProperty().get());
        // The view built at start saw a server; this one is built on a file, as Settings opened now would be.
        Button back = new Button();
        Label where = new Label();
        Label result = new Label();
        robot.interact(() -> DataSection.bind(connection, new javafx.scene.layout.VBox(), where, back, result, () -> { }));
        assertFalse(back.isVisible());
        assertFalse(back.isManaged());
        assertEquals(connection.current(), where.getText());
    }
}
