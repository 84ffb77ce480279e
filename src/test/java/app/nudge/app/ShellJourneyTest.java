package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.EventType;
import app.nudge.domain.ThemeChoice;
import app.nudge.policy.PipelineStage;
import app.nudge.store.ApplicationRepository;
import app.nudge.ui.board.BoardCard;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.PopupWindow;
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
 * The main window as a user meets it at the smallest size it is made for (1024x640), on the real
 * wiring with demo data: the buttons that matter are on screen and work, the notice does not move
 * anything, dialogs wear the chosen theme, search narrows everything, moves offered make sense.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShellJourneyTest {

    @TempDir
    Path folder;

    private ViewCatalog.App app;

    @Start
    void start(Stage stage) {
        app = new ViewCatalog.App(stage, folder);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    /** Whether the node lies wholly inside the window's scene. */
    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= node.getScene().getWidth()
                && b.getMaxY() <= node.getScene().getHeight();
    }

    @Test
    void atTheSmallestSizeMarkAsSentIsOnScreenAndRecordsTheThankYou(FxRobot robot) {
        app.reset(1024, 640);
        // One interviewer: one note, so one Mark as sent completes the thank-you step (a panel needs one per person).
        ApplicationRepository stored = new ApplicationRepository(app.database);
        String id = app.wiring.board().column(PipelineStage.THANK_YOU).stream().map(BoardCard::id)
                .filter(c -> stored.find(c).orElseThrow().latestRound().orElseThrow().interviewers().size() <= 1)
                .findFirst().orElseThrow();
        robot.interact(() -> app.wiring.board().selectedIdProperty().set(id));
        WaitForAsyncUtils.waitForFxEvents();

        Node markSent = robot.lookup("#markSent").query();
        assertTrue(onScreen(markSent), "Mark as sent is inside a 1024x640 window");
        robot.clickOn(markSent);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(new ApplicationRepository(app.database).find(id).orElseThrow().events().stream()
                .anyMatch(e -> e.type() == EventType.THANK_YOU_SENT), "the click recorded the thank-you");
        assertNotEquals(PipelineStage.THANK_YOU, app.wiring.board().card(id).orElseThrow().stage());
    }

    @Test
    void atTheSmallestSizeUndoAndDeleteAreWithinReach(FxRobot robot) {
        app.reset(1024, 640);
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class)); // "Timeline & record"
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup("#side").queryAs(TabPane.class);
        ScrollPane scroll = (ScrollPane) side.getSelectionModel().getSelectedItem().getContent();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax())); // as a scroll of the wheel would
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onScreen(robot.lookup("#undo").query()), "Undo is reachable");
        assertTrue(onScreen(robot.lookup("#deleteApplication").query()), "Delete application is reachable");
        assertTrue(onScreen(robot.lookup("#addRound").query()));
    }

    @Test
    void theNoticeFloatsOverTheWindowAndMovesNothing(FxRobot robot) {
        app.reset(1024, 640);
        Node button = robot.lookup("#logInterview").query();
        Bounds before = button.localToScreen(button.getBoundsInLocal());
        robot.interact(() -> app.wiring.window().notice().notify("Nudge", "Due today: follow up with Acme (Analyst)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Due today: follow up with Acme (Analyst)", app.wiring.window().notice().text());
        assertEquals(before, button.localToScreen(button.getBoundsInLocal()), "nothing moved under the pointer");
        Node notice = robot.lookup("#notice").query();
        Node markSent = robot.lookup("#markSent").query();
        assertFalse(notice.localToScene(notice.getBoundsInLocal()).intersects(markSent.localToScene(markSent.getBoundsInLocal())),
                "the notice does not cover Mark as sent");
    }

    @Test
    void aDialogOpenedFromTheWindowWearsTheDarkTheme(FxRobot robot) {
        robot.interact(() -> app.wiring.theme().apply(ThemeChoice.DARK));
        assertTrue(Theme.isDark(app.stage.getScene()));
        Set<Window> before = Set.copyOf(Window.getWindows());
        robot.clickOn("#logInterview");
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && !(w instanceof PopupWindow))
                .findFirst().orElseThrow();
        assertTrue(Theme.isDark(dialog.getScene()), "the log form is dark too");

        robot.interact(() -> app.wiring.theme().apply(ThemeChoice.LIGHT));
        assertFalse(Theme.isDark(dialog.getScene()), "an open dialog follows a change of theme");
        assertFalse(Theme.isDark(app.stage.getScene()));
    }

    @Test
    void searchNarrowsTheDueStripAndTheCountToo(FxRobot robot) {
        app.reset(1280, 800); // the headless screen's size
        BoardCard first = app.wiring.board().dueNowProperty().get(0);
        assertEquals("Search applications by company or role",
                robot.lookup("#search").query().getAccessibleText(), "a screen reader names the search box");
        robot.clickOn("#search").write(first.company());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.wiring.board().dueNowProperty().stream().allMatch(c -> c.company().equals(first.company())
                || c.role().contains(first.company())), app.wiring.board().dueNowProperty().toString());
        String status = app.wiring.board().statusProperty().get();
        assertTrue(status.matches("\\d+ of 40 applications match \"" + first.company() + "\", \\d+ to act on now"), status);
    }

    @Test
    void aCardInOfferIsNotOfferedAMoveToOffer(FxRobot robot) {
        app.reset(1280, 800); // the headless screen's size
        List<BoardCard> offers = app.wiring.board().column(PipelineStage.OFFER);
        assertFalse(offers.isEmpty());
        robot.interact(() -> app.wiring.board().selectedIdProperty().set(offers.get(0).id()));
        ListView<?> column = robot.lookup("#column-OFFER").queryAs(ListView.class);
        ContextMenu menu = column.getContextMenu();
        // Monocle's robot sends no context-menu request on a right click: open the menu as that request does.
        robot.interact(() -> menu.show(column, javafx.geometry.Side.BOTTOM, 0, 0));
        assertTrue(menu.isShowing());
        List<String> offered = menu.getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText).toList();
        robot.interact(menu::hide);
        assertEquals(List.of("Move to Closed…", "Edit application…"), offered);
    }
}
