package app.nudge.app;

import static app.nudge.app.JourneyApp.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.ui.common.DateField;
import app.nudge.ui.detail.DialogPrompts;
import app.nudge.ui.detail.TimelineEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
 * The detail pane's journeys on the app's real wiring, answered through the real dialogs: a date
 * typed and confirmed with Enter is the date stored; text that is no date is refused and stores
 * nothing; a deleted event comes back with Undo and goes again with Redo, by button or keyboard.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class DetailJourneysTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US).seed(database -> {
            ApplicationRepository repository = new ApplicationRepository(database);
            repository.save(Application.of("acme", "Acme Corp", "Business Analyst")
                    .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "", true)))
                    .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 10, 0),
                            LocalDate.of(2026, 11, 20), "billing", List.of("Pat Lee"))))
                    .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 16)),
                            Event.followUp(LocalDate.of(2026, 11, 19), Channel.EMAIL),
                            Event.of(EventType.VOICEMAIL_LEFT, LocalDate.of(2026, 11, 20)))));
            repository.save(Application.of("globex", "Globex", "Product Manager")
                    .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of()))));
        }).prompts(() -> new DialogPrompts(stage, () -> TODAY, Locale.US)).start();
        database = app.database;
        wiring = app.wiring;
        stage.requestFocus();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private List<Event> events(String id) {
        return new ApplicationRepository(database).find(id).orElseThrow().events();
    }

    /** Selects the card and shows the "Timeline & record" tab. */
    private void open(FxRobot robot, String id) {
        robot.interact(() -> wiring.board().selectedIdProperty().set(id));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#side").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window dialogWindow(FxRobot robot, String title) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> showing(robot, title));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no dialog " + title, e);
        }
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no dialog " + title));
    }

    private boolean showing(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing());
    }

    /** Answers the confirmation alert with its OK button, once it is there. */
    private void confirm(FxRobot robot, String title) {
        robot.clickOn(robot.from(dialogWindow(robot, title).getScene().getRoot()).lookup("OK").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, title));
    }

    /** Clicks into the dialog's date field, selects what is there and types over it, as a person does. */
    private DateField typeDate(FxRobot robot, String title, String id, String text) {
        Window dialog = dialogWindow(robot, title);
        DateField field = robot.from(dialog.getScene().getRoot()).lookup("#" + id).queryAs(DateField.class);
        robot.clickOn(field.getEditor());
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
        return field;
    }

    /**
     * Right-clicks the row. Headless Monocle sends no context-menu request for a right click, so
     * the menu is then opened where the click was, as the request would have done.
     */
    private void openTimelineMenu(FxRobot robot, ListView<TimelineEntry> timeline, int row) {
        Node cell = robot.lookup("#timeline .list-cell").nth(row).queryAs(Node.class);
        robot.rightClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row, timeline.getSelectionModel().getSelectedIndex(), "the right click selected the row");
        if (!timeline.getContextMenu().isShowing()) {
            robot.interact(() -> {
                var at = cell.localToScreen(cell.getBoundsInLocal());
                timeline.getContextMenu().show(cell, at.getCenterX(), at.getCenterY());
            });
        }
    }

    @Test
    void checkBackOnATypedDateConfirmedWithEnterStoresThatDate(FxRobot robot) {
        open(robot, "acme");
        robot.clickOn("#checkBack");
        typeDate(robot, "Check back", "dateField", "12/11/2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, "Check back"));
        assertEquals(Event.checkBack(TODAY, LocalDate.of(2026, 12, 11)), events("acme").get(3));
    }

    @Test
    void theyRepliedWithANewDecisionDateTypedWithoutAYear(FxRobot robot) {
        open(robot, "acme");
        robot.clickOn("#replied");
        Window dialog = dialogWindow(robot, "They replied");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#gaveDate").queryAs(CheckBox.class));
        typeDate(robot, "They replied", "replyDate", "Dec 4");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Event.reply(TODAY, LocalDate.of(2026, 12, 4)), events("acme").get(3));
    }

    @Test
    void snoozeSuggestsADayAfterTheActionsStartAndStoresTheTypedDay(FxRobot robot) {
        open(robot, "globex"); // thank-you due now: the suggestion is three days on
        robot.clickOn("#snooze");
        Window dialog = dialogWindow(robot, "Snooze");
        DateField field = robot.from(dialog.getScene().getRoot()).lookup("#dateField").queryAs(DateField.class);
        assertEquals(TODAY.plusDays(3), field.getValue());
        String header = ((javafx.scene.control.DialogPane) dialog.getScene().getRoot()).getHeaderText();
        assertTrue(header.contains("is planned"), header);
        typeDate(robot, "Snooze", "dateField", "2026-12-15");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Event.snoozed(TODAY, LocalDate.of(2026, 12, 15))), events("globex"));
    }

    @Test
    void snoozeOfAnActionStartingLaterSuggestsADayAfterItsStart(FxRobot robot) {
        open(robot, "acme"); // the next follow-up starts later than three days from now
        var action = wiring.board().selectedActionProperty().get();
        robot.clickOn("#snooze");
        Window dialog = dialogWindow(robot, "Snooze");
        DateField field = robot.from(dialog.getScene().getRoot()).lookup("#dateField").queryAs(DateField.class);
        LocalDate expected = action.earliest().isBefore(TODAY.plusDays(3)) ? TODAY.plusDays(3) : action.earliest().plusDays(1);
        assertEquals(expected, field.getValue());
        assertTrue(field.getValue().isAfter(action.earliest()), "accepting it moves the action");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, events("acme").size(), "cancelled: nothing stored");
    }

    @Test
    void editEventStoresTheTypedDate(FxRobot robot) {
        open(robot, "acme");
        ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryListView();
        int row = timeline.getItems().indexOf(timeline.getItems().stream()
                .filter(e -> e.isEvent() && e.eventIndex() == 1).findFirst().orElseThrow());
        openTimelineMenu(robot, timeline, row);
        robot.clickOn("Edit…");
        typeDate(robot, "Edit event", "eventDate", "11/18"); // when it happened: this 18 November
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Event.followUp(LocalDate.of(2026, 11, 18), Channel.EMAIL), events("acme").get(1));
    }

    @Test
    void unreadableTextIsRefusedBesideTheFieldAndNothingIsStored(FxRobot robot) {
        open(robot, "acme");
        robot.clickOn("#checkBack");
        DateField field = typeDate(robot, "Check back", "dateField", "someday");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing(robot, "Check back"), "Enter does not close the dialog");
        Label message = robot.from(dialogWindow(robot, "Check back").getScene().getRoot())
                .lookup("#dateFieldError").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("cannot read \u201csomeday\u201d"), message.getText());
        assertEquals("someday", field.getEditor().getText(), "the text stays as typed");

        robot.clickOn(robot.from(dialogWindow(robot, "Check back").getScene().getRoot()).lookup("OK").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing(robot, "Check back"), "nor does OK");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, "Check back"));
        assertEquals(3, events("acme").size(), "nothing stored");
    }

    @Test
    void aDeletedEventComesBackWithUndoAndGoesAgainWithRedo(FxRobot robot) {
        open(robot, "acme");
        List<Event> before = events("acme");
        var globexBefore = new ApplicationRepository(database).find("globex").orElseThrow();
        ListView<TimelineEntry> timeline = robot.lookup("#timeline").queryListView();
        int row = timeline.getItems().indexOf(timeline.getItems().stream()
                .filter(e -> e.isEvent() && e.eventIndex() == 1).findFirst().orElseThrow());
        openTimelineMenu(robot, timeline, row);
        robot.clickOn("Delete");
        confirm(robot, "Delete event");
        assertEquals(List.of(before.get(0), before.get(2)), events("acme"), "the middle one is gone");

        Button undo = robot.lookup("#detail #undo").queryButton();
        assertEquals("Undo: delete 'Follow-up sent'", undo.getText());
        assertTrue(undo.getTooltip().getText().startsWith("Undo: delete 'Follow-up sent' (Acme Corp)"),
                undo.getTooltip().getText());
        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, events("acme"), "the same event is back, in its place");
        assertEquals(globexBefore, new ApplicationRepository(database).find("globex").orElseThrow(), "nothing else changed");
        assertTrue(robot.lookup("#detail #message").queryAs(Label.class).getText().startsWith("Undone: delete 'Follow-up sent'"));

        Button redo = robot.lookup("#detail #redo").queryButton();
        assertEquals("Redo: delete 'Follow-up sent'", redo.getText());
        robot.clickOn(redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(before.get(0), before.get(2)), events("acme"));
    }

    @Test
    void ctrlZAndCtrlShiftZWorkFromTheKeyboard(FxRobot robot) {
        open(robot, "acme");
        List<Event> before = events("acme");
        robot.clickOn("#offer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, events("acme").size());

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, events("acme"), "Ctrl+Z took the offer back");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Event.of(EventType.OFFER_RECEIVED, TODAY), events("acme").get(3), "Ctrl+Shift+Z made it again");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, events("acme").size(), "Ctrl+Y redoes too");
    }

    @Test
    void aCardsStatusLineIsNotShownForAnotherCard(FxRobot robot) {
        open(robot, "acme");
        robot.clickOn("#rejection");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#detail #message").queryAs(Label.class);
        assertEquals("They said no — recorded.", message.getText());
        robot.interact(() -> wiring.board().selectedIdProperty().set("globex"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", message.getText());
    }

    @Test
    void markAsSentInTheComposerIsUndoneLikeAnyChange(FxRobot robot) {
        robot.interact(() -> wiring.board().selectedIdProperty().set("globex"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, TODAY)), events("globex"));
        open(robot, "globex");
        assertEquals("Undo: record 'Thank-you sent'", robot.lookup("#detail #undo").queryButton().getText());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), events("globex"));
    }

    @Test
    void aDeletedApplicationComesBackWithUndo(FxRobot robot) {
        open(robot, "acme");
        var acme = new ApplicationRepository(database).find("acme").orElseThrow();
        robot.clickOn("#deleteApplication");
        confirm(robot, "Delete application");
        assertTrue(new ApplicationRepository(database).find("acme").isEmpty());
        assertEquals("Application deleted. Undo brings it back.", robot.lookup("#detail #message").queryAs(Label.class).getText());
        Button undo = robot.lookup("#detail #undo").queryButton();
        assertEquals("Undo: delete Acme Corp", undo.getText());
        assertFalse(undo.isDisabled(), "no card is selected, but the history is the app's");
        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(acme, new ApplicationRepository(database).find("acme").orElseThrow());
        assertTrue(wiring.board().card("acme").isPresent(), "its card is back on the board");
    }
}
