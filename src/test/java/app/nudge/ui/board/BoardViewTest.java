package app.nudge.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.EventType;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board, headless, on an imported file: columns, badges, the due strip, moves. */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database database;
    private BoardViewModel viewModel;
    private BoardController controller;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = folder.resolve("rich.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/rich.json")) {
            Files.copy(in, file);
        }
        String db = folder.resolve("nudge").toString();
        assertEquals(Cli.OK, new CliRunner().run("import", file.toString(), "--db", db).exitCode());
        database = Database.openExisting(DatabasePath.of(db));
        // A synchronous "database thread" keeps the test deterministic; results still go through runLater.
        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
        viewModel = new BoardViewModel(service, Platform::runLater, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(BoardController.class, () -> new BoardController(viewModel)));
        FxmlLoaderFactory.Loaded<BoardController> loaded = views.load(BoardController.class);
        controller = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        // TestFX shares one primary stage between test classes: leave its title free.
        javafx.application.Platform.runLater(() -> stage.titleProperty().unbind());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static PlannedAction action(String id, ActionType type, LocalDate earliest, LocalDate due, Status status) {
        return new PlannedAction(id, "Acme Corp", "Business Analyst", type, Channel.EMAIL,
                new Contact("Pat Lee", "pat@acme.example", "", "", true), earliest, due, status, "R7", "reason");
    }

    private void loadWith(PlanSnapshot plan, FxRobot robot) {
        robot.interact(() -> viewModel.reload().thenRun(() -> viewModel.showPlan(plan)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<BoardCard> column(FxRobot robot, PipelineStage stage) {
        return robot.lookup("#column-" + stage.name()).queryAs(ListView.class);
    }

    @Test
    void cardsSitInTheirStageWithBadgesAndTheTitleCountsWhatIsDue(FxRobot robot) {
        loadWith(new PlanSnapshot(TODAY, List.of(action("acme-ba", ActionType.FOLLOW_UP, TODAY.minusDays(5),
                TODAY.minusDays(3), Status.OVERDUE))), robot);

        assertEquals(List.of("acme-ba"), column(robot, PipelineStage.WAITING).getItems().stream().map(BoardCard::id).toList());
        assertEquals(1, column(robot, PipelineStage.CLOSED).getItems().size(), "offer, then rejection, then closed");
        assertEquals(1, column(robot, PipelineStage.NO_INTERVIEW).getItems().size());
        assertTrue(robot.lookup(".badge").queryAllAs(Labeled.class).stream()
                .anyMatch(b -> b.getText().equals("⚠ overdue 3 days")), "badge with icon and text, not colour alone");
        assertEquals("Nudge — 1 due", stage.getTitle());
        assertEquals(1, robot.lookup("#dueList").queryAs(ListView.class).getItems().size());
    }

    @Test
    void theStartsFirstLookHandedOnByTheFirstPlanIsNotFiledTwice(FxRobot robot) {
        assertEquals("Loading…", robot.lookup("#status").queryLabeled().getText(), "no cards yet: says so, not an empty board");
        assertEquals("Due now", robot.lookup("#dueOnly").queryLabeled().getText(), "no count of what was not read yet");
        assertTrue(robot.lookup(".column-title").queryAllAs(Labeled.class).stream().noneMatch(t -> t.getText().matches(".*\\d.*")),
                "no column counts yet");
        robot.interact(() -> viewModel.reload());
        WaitForAsyncUtils.waitForFxEvents();
        BoardCards look = BoardCards.of(viewModel.applications(), java.util.Map.of(), TODAY);
        int[] refiled = {0};
        robot.interact(() -> {
            viewModel.show(look);
            column(robot, PipelineStage.CLOSED).getItems().addListener(
                    (javafx.collections.ListChangeListener<BoardCard>) change -> refiled[0]++);
            viewModel.show(look); // the first plan hands on the very cards the look showed
        });
        assertEquals(0, refiled[0], "the same cards again: nothing refiled");
        robot.interact(() -> viewModel.show(BoardCards.of(viewModel.applications(), java.util.Map.of(), TODAY)));
        assertEquals(1, refiled[0], "other cards (even of equal content) are filed");
        assertEquals(1, column(robot, PipelineStage.CLOSED).getItems().size());
        assertTrue(robot.lookup(".column-title").queryAllAs(Labeled.class).stream().anyMatch(t -> t.getText().endsWith("  1")),
                "counts once cards are filed: " + robot.lookup(".column-title").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList());
        assertTrue(robot.lookup("#dueOnly").queryLabeled().getText().startsWith("Due now ("));
    }

    @Test
    void theSelectedCardKeepsItsMarkWhenTheSameCardsAreFiledAgain(FxRobot robot) {
        robot.interact(() -> viewModel.reload());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.show(BoardCards.of(viewModel.applications(), java.util.Map.of(), TODAY)));
        ListView<BoardCard> closed = column(robot, PipelineStage.CLOSED);
        robot.clickOn(robot.from(closed).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = closed.getSelectionModel().getSelectedItem().id();
        assertEquals(chosen, viewModel.selectedIdProperty().get());

        // A re-plan of everything (as after saving Settings) files new cards of the same applications.
        robot.interact(() -> viewModel.show(BoardCards.of(viewModel.applications(), java.util.Map.of(), TODAY)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(chosen, viewModel.selectedIdProperty().get(), "the side pane still shows it");
        assertEquals(chosen, java.util.Optional.ofNullable(closed.getSelectionModel().getSelectedItem()).map(BoardCard::id).orElse(null),
                "and the board still marks it");
    }

    @Test
    void theCardTheSidePaneShowsIsMarkedAgainOnceASearchIsCleared(FxRobot robot) {
        robot.interact(() -> viewModel.reload());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.show(BoardCards.of(viewModel.applications(), java.util.Map.of(), TODAY)));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<BoardCard> closed = column(robot, PipelineStage.CLOSED);
        robot.clickOn(robot.from(closed).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        BoardCard card = closed.getSelectionModel().getSelectedItem();

        // Another company's name: the search hides the card shown, and the side pane moves to a card it shows.
        String other = viewModel.applications().stream().map(app.nudge.domain.Application::company)
                .filter(c -> c.matches("[A-Za-z ]+") && !card.matches(c.toLowerCase(java.util.Locale.ROOT))).findFirst().orElseThrow();
        robot.clickOn("#search").write(other);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A,
                javafx.scene.input.KeyCode.CONTROL);
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.searchProperty().get());

        String after = viewModel.selectedIdProperty().get();
        ListView<BoardCard> list = column(robot, viewModel.card(after).orElseThrow().stage());
        assertEquals(after, java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(BoardCard::id).orElse(null),
                "the board marks the card the side pane shows");
    }

    @Test
    void focusInAnotherColumnFollowsTheCardTheBoardSelects_focusElsewhereStays(FxRobot robot) {
        loadWith(new PlanSnapshot(TODAY, List.of(action("acme-ba", ActionType.FOLLOW_UP, TODAY.minusDays(5),
                TODAY.minusDays(3), Status.OVERDUE))), robot);
        String closed = column(robot, PipelineStage.CLOSED).getItems().get(0).id();
        robot.interact(() -> column(robot, PipelineStage.NO_INTERVIEW).requestFocus());
        robot.interact(() -> viewModel.selectWhenShown(closed));
        assertEquals(column(robot, PipelineStage.CLOSED), stage.getScene().getFocusOwner(),
                "one framed column: the selected card's");

        robot.clickOn("#search");
        robot.interact(() -> viewModel.selectWhenShown("acme-ba"));
        assertEquals("search", stage.getScene().getFocusOwner().getId(), "typing in the search is not interrupted");
    }

    @Test
    void badgesReadDueTodayAndFromADate() {
        assertEquals("due today", BoardCard.badge(action("a", ActionType.THANK_YOU, TODAY, TODAY, Status.DUE), TODAY));
        assertEquals("from Mon 30 Nov", BoardCard.badge(action("a", ActionType.FOLLOW_UP, TODAY.plusDays(7),
                TODAY.plusDays(9), Status.UPCOMING), TODAY));
        assertEquals("overdue 1 day", BoardCard.badge(action("a", ActionType.FOLLOW_UP, TODAY.minusDays(3),
                TODAY.minusDays(1), Status.OVERDUE), TODAY));
    }

    @Test
    void dueOnlyFilterHidesCardsThatCanWait(FxRobot robot) {
        loadWith(new PlanSnapshot(TODAY, List.of(action("acme-ba", ActionType.FOLLOW_UP, TODAY, TODAY, Status.DUE))), robot);
        robot.clickOn("#dueOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, column(robot, PipelineStage.CLOSED).getItems().size());
        assertEquals(1, column(robot, PipelineStage.WAITING).getItems().size());
    }

    @Test
    void movingACardToOfferRecordsAnOfferThroughTheDropPath(FxRobot robot) {
        loadWith(new PlanSnapshot(TODAY, List.of(action("acme-ba", ActionType.FOLLOW_UP, TODAY, TODAY, Status.DUE))), robot);
        robot.interact(() -> assertTrue(controller.requestMove("acme-ba", PipelineStage.OFFER)));
        WaitForAsyncUtils.waitForFxEvents();
        var events = new ApplicationRepository(database).find("acme-ba").orElseThrow().events();
        assertEquals(EventType.OFFER_RECEIVED, events.get(events.size() - 1).type());
        assertEquals(TODAY, events.get(events.size() - 1).date());
    }

    @Test
    void movingACardToClosedAsksWhyAndRecordsTheAnswer(FxRobot robot) {
        loadWith(new PlanSnapshot(TODAY, List.of(action("acme-ba", ActionType.FOLLOW_UP, TODAY, TODAY, Status.DUE))), robot);
        AtomicInteger asked = new AtomicInteger();
        controller.setCloseReasonChooser((card, choices) -> {
            asked.incrementAndGet();
            assertEquals(List.of(EventType.REJECTION_RECEIVED, EventType.WITHDRAWN, EventType.CLOSED), choices);
            return Optional.of(EventType.WITHDRAWN);
        });
        robot.interact(() -> controller.requestMove("acme-ba", PipelineStage.CLOSED));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked.get());
        var events = new ApplicationRepository(database).find("acme-ba").orElseThrow().events();
        assertEquals(EventType.WITHDRAWN, events.get(events.size() - 1).type());
        robot.interact(() -> assertTrue(!controller.requestMove("acme-ba", PipelineStage.THANK_YOU),
                "columns that follow from events cannot be dropped on"));
    }
}
