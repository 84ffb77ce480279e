package app.nudge.app;

import static app.nudge.app.JourneyApp.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PipelineStage;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.ui.board.BoardCard;
import app.nudge.ui.composer.FakeMail;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app as wired for users, headless: a real H2 file, the real scheduler and policy, the
 * real views; only the threads are synchronous, the clock fixed (Mon 23 Nov 2026, 16:00), and the
 * clipboard, mail app and dialogs' questions fakes.
 */
@ExtendWith(ApplicationExtension.class)
class WiredAppTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> mailed = new ArrayList<>();
    private final JourneyApp.ManualTicker ticker = new JourneyApp.ManualTicker();

    /** The periodic jobs run as the timer would; their database work is handed to the JavaFX thread, awaited here. */
    private void tick() {
        ticker.tick();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Start
    void start(Stage stage) {
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US).ticker(ticker)
                .clipboard((plain, html) -> clipboard.add(plain)).mail(FakeMail.recording(mailed)).start();
        database = app.database;
        wiring = app.wiring;
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private Optional<BoardCard> card(String id) {
        return wiring.board().card(id);
    }

    @Test
    void loggingAnInterviewPutsAThankYouCardOnTheBoardAndMarkingItSentMovesItOn(FxRobot robot) {
        robot.clickOn("#logInterview");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#company").queryAs(ComboBox.class).getEditor().setText("Initech");
            robot.lookup("#role").queryAs(TextField.class).setText("Data Engineer");
            robot.lookup(".interviewer-name").queryAs(TextField.class).setText("Bill Lumbergh");
            robot.lookup(".interviewer-email").queryAs(TextField.class).setText("bill@initech.example");
            robot.lookup("#talkingPoint").queryAs(TextField.class).setText("the TPS report pipeline");
        });
        robot.clickOn("#quickByFriday");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        BoardCard logged = card("initech-data-engineer").orElseThrow();
        assertEquals(PipelineStage.THANK_YOU, logged.stage());
        assertEquals("due by Tue 24 Nov", logged.badge());
        assertEquals("Nudge — 1 due", stage.getTitle());

        // The new card is selected, and the composer shows its thank-you note.
        assertEquals("initech-data-engineer", wiring.board().selectedIdProperty().get());
        String body = robot.lookup("#body").queryAs(TextArea.class).getText();
        assertTrue(body.startsWith("Hi Bill,"), body);
        assertTrue(body.contains("the TPS report pipeline"), body);
        assertTrue(robot.lookup("#subject").queryAs(TextField.class).getText().contains("Data Engineer"));

        robot.clickOn("#copyAll");
        assertTrue(clipboard.get(0).startsWith("Subject: "), clipboard.toString());
        robot.clickOn("#openMail");
        assertTrue(mailed.get(0).startsWith("mailto:bill@initech.example?subject="), mailed.toString());

        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();
        BoardCard after = card("initech-data-engineer").orElseThrow();
        assertEquals(PipelineStage.WAITING, after.stage());
        assertEquals(ActionType.FOLLOW_UP, after.next().action());
        // R7 with US holidays: decision by Fri 27 Nov → first follow-up from Mon 30 Nov.
        assertEquals("from Mon 30 Nov", after.badge());
        assertEquals("Nudge", stage.getTitle());
        List<Event> events = new ApplicationRepository(database).find("initech-data-engineer").orElseThrow().events();
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, TODAY)), events);
    }

    @Test
    void changingTheHolidayCountryReplansAtOnce(FxRobot robot) {
        // Decision by Wed 25 Nov; in the US Thu 26 Nov is Thanksgiving, so the follow-up waits until Fri 27.
        Application acme = Application.of("acme", "Acme Corp", "Business Analyst")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), LocalDate.of(2026, 11, 25),
                        "", List.of("Pat Lee"))))
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 20))));
        robot.interact(() -> wiring.applications().save(acme));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("from Fri 27 Nov", card("acme").orElseThrow().badge());

        robot.interact(() -> wiring.settings().save(Map.of("country", "DE")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("from Thu 26 Nov", card("acme").orElseThrow().badge());
    }

    @Test
    void aPhoneFollowUpShowsTheCallScriptAndCanRecordACheckBack(FxRobot robot) {
        Application globex = Application.of("globex", "Globex", "Product Manager").withFlags(true, false)
                .withContacts(List.of(new Contact("Noor Haddad", "noor@globex.example", "", "", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 9, 10, 0), null, "", List.of())))
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 9))));
        robot.interact(() -> {
            wiring.applications().save(globex);
            wiring.board().selectedIdProperty().set("globex");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wiring.composer().phoneProperty().get(), "R12: they invited calls");
        assertTrue(robot.lookup("#phoneBox").query().isVisible());
        assertTrue(wiring.composer().branchesProperty().stream().anyMatch(b -> b.offersCheckBack()));

        robot.interact(() -> wiring.composer().recordCheckBack(LocalDate.of(2026, 12, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ActionType.CHECK_BACK, card("globex").orElseThrow().next().action());
        assertEquals("from Tue 1 Dec", card("globex").orElseThrow().badge());
    }

    @Test
    void theCalendarFileBesideTheDatabaseFollowsThePlan(FxRobot robot) throws java.io.IOException {
        Path ics = folder.resolve("nudge.ics");
        tick(); // the calendar file catches up with the plan every few seconds
        assertTrue(java.nio.file.Files.exists(ics), "written after the first plan at start");
        assertFalse(java.nio.file.Files.readString(ics).contains("BEGIN:VEVENT"), "nothing planned yet");

        Application acme = Application.of("acme", "Acme Corp", "Business Analyst")
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of())));
        robot.interact(() -> wiring.applications().save(acme));
        WaitForAsyncUtils.waitForFxEvents();
        tick();

        String text = java.nio.file.Files.readString(ics);
        assertTrue(text.contains("UID:acme-THANK_YOU@nudge.app"), text);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20261123"), "due since Fri 20 Nov: placed on today: " + text);
    }

    @Test
    void aCsvImportReachesTheBoardAndTheImportButtonOpensTheDialog(FxRobot robot) throws Exception {
        Path csv = folder.resolve("plain.csv");
        java.nio.file.Files.writeString(csv, "Company,Role,Status\nInitech,Data Engineer,Applied\n");
        app.nudge.interop.csv.CsvPreview preview = wiring.csvImports().preview(csv, Map.of()).get();
        assertEquals(List.of("initech-data-engineer"), wiring.csvImports().importAll(preview).get().created());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card("initech-data-engineer").isPresent(), "the re-plan after the import shows it");

        assertEquals("import plain.csv", wiring.applications().undo().get().label(), "the import is one undoable change");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card("initech-data-engineer").isEmpty(), "undo takes the imported application away");
        wiring.applications().redo().get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card("initech-data-engineer").isPresent(), "redo brings it back");

        robot.clickOn("#importCsv");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Import CSV".equals(s.getTitle())), "the dialog is open");
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Import CSV".equals(s.getTitle()))
                .forEach(w -> ((Stage) w).close()));
    }
}
