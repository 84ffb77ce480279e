package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.report.ReportFormat;
import app.nudge.store.ApplicationRepository;
import app.nudge.ui.common.DateField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Insights and the activity report on the real wiring (H2 file, scheduler, board), by keyboard:
 * Ctrl+I opens the figures, a follow-up recorded while the window is open shows in it and Ctrl+Z
 * takes it out again, a second Ctrl+I brings the same window forward, Esc closes it; Ctrl+Shift+R
 * opens the report, dates are typed and taken with Enter, and Enter saves a real PDF whose text
 * names the user and the employers.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InsightsJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Wiring wiring;
    private Stage stage;
    private final List<String> suggestedNames = new ArrayList<>();

    /** Applied 2 Nov, interviewed 20 Nov (Pat Lee), thanked the same day. */
    static Application acme() {
        return CorrectingRecordsJourneyTest.acme().withCountry("US");
    }

    /** Interviewed 10 Nov by Jürgen Weiß, a follow-up by phone on 17 Nov, no answer yet. */
    static Application baeckerei() {
        return Application.of("baeckerei", "Zürich Bäckerei", "Store Manager")
                .withContacts(List.of(new Contact("Jürgen Weiß", "juergen@baeckerei.example", "", "Owner", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 10, 9, 0), null, "",
                        List.of("Jürgen Weiß"))))
                .withEvents(List.of(Event.followUp(LocalDate.of(2026, 11, 17), Channel.PHONE)));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(database -> {
                    new ApplicationRepository(database).save(acme());
                    new ApplicationRepository(database).save(baeckerei());
                })
                .reports(new ReportInputs(Runnable::run, (owner, suggested, format) -> {
                    suggestedNames.add(suggested);
                    return Optional.of(folder.resolve(suggested));
                }, (owner, suggested) -> Optional.empty(), image -> { }, file -> { }))
                .start();
        wiring = app.wiring;
    }

    @AfterEach
    void tearDown() {
        WaitForAsyncUtils.waitForFxEvents();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> Platform.runLater(((Stage) w)::close));
        app.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static long insightsWindows() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle().startsWith("Insights")).count();
    }

    @Test
    void ctrlIShowsTheFiguresAndTheyFollowAChangeAndItsUndo(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, insightsWindows());
        // Both applications were interviewed within the last 90 days (the window's first period).
        assertEquals("Applications: 2", text(robot, "#funnelApplications"));
        assertEquals("Interviewed: 2 (100%)", text(robot, "#funnelInterviewed"));
        assertEquals("Sent: 1, answered: 0 (0%)", text(robot, "#followUpsTotal"));
        assertEquals("By phone: 1 sent, 0 answered (0%)", text(robot, "#followUpsPhone"));

        // A reply recorded while the window is open (the board's data changed): it answers the follow-up.
        wiring.applications().recordEvent("baeckerei", Event.reply(LocalDate.of(2026, 11, 20), null)).join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sent: 1, answered: 1 (100%)", text(robot, "#followUpsTotal"));

        // Ctrl+Z in the main window takes the reply back, and the figures follow.
        robot.interact(stage::requestFocus);
        robot.targetWindow(stage);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sent: 1, answered: 0 (0%)", text(robot, "#followUpsTotal"));

        // A second Ctrl+I brings the same window forward rather than opening another.
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, insightsWindows());

        Window insights = robot.window(w -> w instanceof Stage s && s.getTitle().startsWith("Insights"));
        robot.interact(insights::requestFocus);
        robot.targetWindow(insights);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, insightsWindows());
    }

    @Test
    void theReportsMenuOpensTheActivityReportTypedDatesAndEnterSaveARealPdf(FxRobot robot) throws IOException {
        robot.clickOn("#reports").clickOn("Activity report…");
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window(w -> w instanceof Stage s && s.isShowing() && s.getTitle().startsWith("Activity report"));
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);

        robot.clickOn("#otherDays");
        type(robot, "#fromDate", "2026-11-01");
        type(robot, "#toDate", "2026-11-23");
        WaitForAsyncUtils.waitForFxEvents();
        String preview = text(robot, "#preview");
        // Two interviews, one thank-you, one follow-up by phone (Acme has no appliedOn).
        assertTrue(preview.startsWith("4 acts"), preview);

        robot.interact(() -> robot.lookup("#pdfFormat").query().requestFocus());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("activity-report-2026-11-01-to-2026-11-23." + ReportFormat.PDF.extension()), suggestedNames);
        Path saved = folder.resolve(suggestedNames.get(0));
        assertTrue(Files.size(saved) > 0, "the PDF was written");
        try (PDDocument pdf = Loader.loadPDF(saved.toFile())) {
            String printed = new PDFTextStripper().getText(pdf);
            assertTrue(printed.contains("Jane Doe"), "the user's name from Settings");
            assertTrue(printed.contains("Zürich Bäckerei"), printed);
            assertTrue(printed.contains("Jürgen Weiß"), printed);
            assertTrue(printed.contains("Acme Corp"), printed);
        }
        assertFalse(text(robot, "#status").isBlank(), "the dialog says where it saved");
    }

    /** Types into a date field and presses Enter, as a person does. */
    private static void type(FxRobot robot, String id, String text) {
        DateField field = robot.lookup(id).queryAs(DateField.class);
        robot.interact(field::requestFocus);
        robot.interact(() -> field.getEditor().clear());
        robot.write(text).press(KeyCode.ENTER).release(KeyCode.ENTER);
    }
}
