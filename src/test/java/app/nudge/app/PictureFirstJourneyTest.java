package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
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
 * A start after a clean close: the window's last picture is the first frame, the database opens on
 * its own thread, and the live window takes the picture's place only once it is whole (the board's
 * cards and the side pane), so no frame shows less than the picture, with the card selected in the
 * picture selected again; a key pressed on the picture reaches the live window (clicks too: {@code PictureSwapTest}).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PictureFirstJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Stage stage;
    private Scene shownAtStart;
    /** The card selected when the picture was taken (the user's choice then, not the start's usual first card). */
    private String selectedInPicture;
    /** What the window showed in the first frame of each new scene: the number of cards and whether the side pane was filled. */
    private final List<String> atEachChange = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Database db = Database.openOrCreate(path); // closed before the session opens it, as at a start
        new SettingsRepository(db).putAll(JourneyApp.JANE_IN_US);
        List<app.nudge.domain.Application> six = new DemoData(7, JourneyApp.TODAY).applications(6);
        new ApplicationRepository(db).saveAll(six);
        db.close();
        selectedInPicture = six.getFirst().id();
        // What the first frame of each new scene shows (a pulse's layout is done just before it is drawn).
        stage.sceneProperty().addListener((o, was, now) -> {
            Runnable[] firstFrame = new Runnable[1];
            firstFrame[0] = () -> {
                now.removePostLayoutPulseListener(firstFrame[0]);
                if (now == shownAtStart) {
                    return; // the picture's own
                }
                atEachChange.add((app == null ? 0 : app.wiring.board().applications().size()) + " cards, side "
                        + (now.getRoot().lookup(".side-scroll") != null ? "filled" : "empty"));
            };
            now.addPostLayoutPulseListener(firstFrame[0]);
        });
        app = JourneyApp.on(stage, folder).sessionOpens().pictureFirst(selectedInPicture).start();
        shownAtStart = stage.getScene();
        // Ctrl+F pressed while the picture shows (a user who starts typing at once): kept for the live window.
        javafx.event.Event.fireEvent(shownAtStart.getRoot(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.F, false, true, false, false));
        javafx.event.Event.fireEvent(shownAtStart.getRoot(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 10, 10, 10, 10, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null)); // a click on the picture's corner: nothing there, the keys still count
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void thePictureStaysUntilTheLiveWindowIsWholeThenTheKeyboardWorks(FxRobot robot) throws Exception {
        assertTrue(shownAtStart.getRoot().getChildrenUnmodifiable().getFirst() instanceof ImageView,
                "the first scene is the picture");
        assertEquals(javafx.scene.Cursor.WAIT, shownAtStart.getCursor(), "it reacts only once the live window is in: the pointer says to wait");
        Scene live = app.wiring.window().root().getScene();
        assertNotSame(live, shownAtStart, "the live window was built, not shown, while the data opened");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() == live);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("6 cards, side filled"), atEachChange,
                "one change, from the picture to the whole live window");
        assertTrue(stage.getTitle().startsWith("Nudge"), stage.getTitle());
        assertTrue(!app.wiring.board().dueNowProperty().isEmpty()
                && !app.wiring.board().dueNowProperty().getFirst().id().equals(selectedInPicture),
                "a start without a picture would select another card (the first due)");
        assertEquals(selectedInPicture, app.wiring.board().selectedIdProperty().get(), "the card selected in the picture");

        Node focused = live.getFocusOwner();
        assertNotNull(focused);
        assertEquals("search", focused.getId(), "Ctrl+F pressed on the picture reached the live window");
        robot.write("Acme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Acme", robot.lookup("#search").queryTextInputControl().getText());
    }
}
