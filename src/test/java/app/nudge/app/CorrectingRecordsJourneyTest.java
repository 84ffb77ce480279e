package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PipelineStage;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.ui.detail.Prompts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.Node;
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
 * Correcting what was recorded, on the real wiring (real H2 file, scheduler, views), driven by
 * keyboard and mouse: log a new interview by Tab and a typed date + Enter, edit a round's decision
 * date, delete a round after confirming, edit a contact's email. Clock: Mon 23 Nov 2026, 16:00 (US).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CorrectingRecordsJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;
    private final List<String> questions = new ArrayList<>();

    /** The detail pane's questions: every confirmation is recorded and answered yes. */
    private final Prompts prompts = new Prompts() {
        @Override
        public Optional<LocalDate> date(String title, String question, LocalDate suggested) {
            return Optional.empty();
        }

        @Override
        public Optional<Optional<LocalDate>> reply(LocalDate suggested) {
            return Optional.empty();
        }

        @Override
        public Optional<Event> edit(Event event) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String question) {
            questions.add(question);
            return true;
        }
    };

    /** Acme: one round (ended Fri 20 Nov 10:00, decision by Wed 25 Nov), thank-you sent; waiting. */
    static Application acme() {
        return Application.of("acme", "Acme Corp", "Business Analyst")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0),
                        LocalDate.of(2026, 11, 25), "their billing migration", List.of("Pat Lee"))))
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 20))));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(database -> new ApplicationRepository(database).save(acme())).prompts(() -> prompts).start();
        database = app.database;
        wiring = app.wiring;
    }

    @AfterEach
    void tearDown() {
        WaitForAsyncUtils.waitForFxEvents();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> Platform.runLater(((Stage) w)::close));
        app.close();
    }

    private Application stored(String id) {
        return new ApplicationRepository(database).find(id).orElseThrow();
    }

    /** Focuses the dialog titled {@code title} so typed keys go to it (TestFX issue 749). */
    private void focusWindow(FxRobot robot, String title) {
        Window dialog = robot.window(title);
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);
    }

    private void selectAllAndType(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void openTimeline(FxRobot robot) {
        robot.interact(() -> wiring.board().selectedIdProperty().set("acme"));
        robot.clickOn("Timeline & record");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Monocle sends no ContextMenuEvent for a right click (TestFX issues 645, Monocle 12): the test
     * shows the timeline's own menu where the click was, then clicks its item as a person would.
     */
    private void openContextMenu(FxRobot robot) {
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        robot.interact(() -> timeline.getContextMenu().show(timeline, Side.BOTTOM, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tabThroughTheNewFormTypeADateAndPressEnterThenTheNewCardIsSelected(FxRobot robot) {
        robot.interact(() -> wiring.board().selectedIdProperty().set("acme"));
        robot.clickOn("#logInterview");
        WaitForAsyncUtils.waitForFxEvents();
        focusWindow(robot, "Log interview – Nudge");

        robot.write("Initech").type(KeyCode.TAB).write("Data Engineer").type(KeyCode.TAB);
        selectAllAndType(robot, "11/20/2026"); // the ended-on date, typed in the locale's short form
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Application logged = stored("initech-data-engineer");
        assertEquals(LocalDateTime.of(2026, 11, 20, 16, 0), logged.interviews().get(0).endedAt(),
                "the typed date, not the default (today), is stored");
        assertEquals("initech-data-engineer", wiring.board().selectedIdProperty().get(), "the new card is selected");
        assertEquals("initech-data-engineer", wiring.composer().applicationProperty().get().id(),
                "the composer shows the new card");
        assertTrue(robot.lookup("#body").queryAs(TextArea.class).getText().contains("Data Engineer"));
    }

    @Test
    void editARoundsDecisionDateFromTheTimelineReplans(FxRobot robot) {
        String badgeBefore = wiring.board().card("acme").orElseThrow().badge();
        openTimeline(robot);
        robot.clickOn("Interview with Pat Lee (ended 10:00)");
        openContextMenu(robot);
        robot.clickOn("Edit…");
        WaitForAsyncUtils.waitForFxEvents();
        focusWindow(robot, "Edit round 1 – Nudge");

        robot.clickOn(robot.lookup("#decisionDate .text-field").queryAs(javafx.scene.Node.class));
        selectAllAndType(robot, "12/4/2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Application after = stored("acme");
        assertEquals(1, after.interviews().size());
        assertEquals(LocalDate.of(2026, 12, 4), after.interviews().get(0).decisionExpectedBy());
        assertEquals(acme().interviews().get(0).endedAt(), after.interviews().get(0).endedAt());
        assertEquals(acme().events(), after.events(), "events stay as they were");
        assertNotEquals(badgeBefore, wiring.board().card("acme").orElseThrow().badge(), "the plan follows at once");
    }

    @Test
    void deleteARoundAfterConfirming(FxRobot robot) {
        openTimeline(robot);
        robot.clickOn("Interview with Pat Lee (ended 10:00)");
        openContextMenu(robot);
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, questions.size(), "deleting asks first");
        assertTrue(questions.get(0).contains("Interview with Pat Lee"), questions.get(0));
        assertEquals(List.of(), stored("acme").interviews());
        assertEquals(acme().events(), stored("acme").events());
    }

    @Test
    void editAContactsEmailAndABadOneIsRefusedNamingTheField(FxRobot robot) {
        openTimeline(robot);
        robot.clickOn("#editApplication");
        WaitForAsyncUtils.waitForFxEvents();
        focusWindow(robot, "Edit application – Nudge");

        robot.clickOn(".contact-email");
        selectAllAndType(robot, "pat(at)acme");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#appProblem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("Email of contact 1 (Pat Lee)"), problem);
        assertEquals("pat@acme.example", stored("acme").contacts().get(0).email(), "nothing stored");

        robot.clickOn(".contact-email");
        selectAllAndType(robot, "pat.lee@acme.example");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Application after = stored("acme");
        assertEquals(List.of(new Contact("Pat Lee", "pat.lee@acme.example", "", "Hiring Manager", true)),
                after.contacts());
        assertEquals(acme().interviews(), after.interviews());
        assertEquals("pat.lee@acme.example", wiring.composer().applicationProperty().get().contacts().get(0).email());
    }

    @Test
    void theCardsMenuOpensTheApplicationEditorAndEscClosesItStoringNothing(FxRobot robot) {
        robot.interact(() -> wiring.board().selectedIdProperty().set("acme"));
        WaitForAsyncUtils.waitForFxEvents();
        PipelineStage column = wiring.board().card("acme").orElseThrow().stage();
        ListView<?> list = wiring.boardController().list(column);
        // Monocle sends no ContextMenuEvent: open the menu where a right-click on the list would.
        javafx.geometry.Bounds onScreen = list.localToScreen(list.getBoundsInLocal());
        robot.interact(() -> list.getContextMenu().show(list, onScreen.getMinX() + 20, onScreen.getMinY() + 20));
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(
                (javafx.scene.control.Label l) -> "Edit application…".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        focusWindow(robot, "Edit application – Nudge");
        assertEquals("Acme Corp", robot.lookup("#appCompany").queryAs(javafx.scene.control.TextField.class).getText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != stage && w.isShowing() && w instanceof Stage));
        assertEquals(acme(), stored("acme"));
    }
}
