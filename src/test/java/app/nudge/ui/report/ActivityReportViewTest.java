package app.nudge.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import app.nudge.ui.common.DateField;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The activity report dialog, headless, with a fake report and writer: used from the keyboard. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ActivityReportViewTest {

    private static final Clock DEC_3 = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeReports fake = new FakeReports();
    private final List<String> offeredNames = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private volatile Path answer;
    private Stage owner;
    private Stage dialog;

    @Start
    void start(Stage owner) {
        this.owner = owner;
        owner.setScene(new Scene(new StackPane(), 800, 600));
        owner.show();
    }

    /** Opens the dialog over the (otherwise empty) main window, as the app does. */
    @BeforeEach
    void open() throws Exception {
        ActivityReportViewModel model = new ActivityReportViewModel(fake, fake, (window, name, format) -> {
            offeredNames.add(name);
            return Optional.ofNullable(answer);
        }, opened::add, DEC_3, Runnable::run, Platform::runLater);
        WaitForAsyncUtils.asyncFx(() -> {
            dialog = ActivityReportDialog.show(owner, model);
            dialog.requestFocus(); // headless stages take keys only when asked to (JavaFX 20+)
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(dialog::hide).get();
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.from(dialog.getScene().getRoot()).lookup(id).queryAs(type);
    }

    private String text(FxRobot robot, String id) {
        return find(robot, id, Label.class).getText();
    }

    private Node focused() {
        return dialog.getScene().getFocusOwner();
    }

    /** Presses Tab until {@code id} (or, for a date field, its editor) has the keyboard; fails after 12 presses. */
    private void tabTo(FxRobot robot, String id) {
        Node target = find(robot, id, Node.class);
        for (int i = 0; i < 12; i++) {
            Node now = focused();
            if (now == target || (now != null && now.getParent() == target)) {
                return;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached " + id + "; the focus is on " + focused());
    }

    private void typeInto(FxRobot robot, String id, String text) {
        tabTo(robot, id);
        DateField field = find(robot, id, DateField.class);
        robot.interact(() -> {
            field.getEditor().requestFocus();
            field.getEditor().selectAll(); // as Ctrl+A does; typing then replaces the date
        });
        robot.targetWindow(dialog); // write() types into the robot's target window, which is the owner otherwise
        robot.write(text);
    }

    @Test
    void opensOnLastMonthWithItsPreviewAndTheKeyboardOnThePeriod(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find(robot, "#lastMonth", RadioButton.class).isSelected());
        assertEquals("Last month (November 2026)", find(robot, "#lastMonth", RadioButton.class).getText());
        assertEquals(find(robot, "#lastMonth", RadioButton.class), focused());
        assertEquals("8 acts: 2 applications, 1 interview, 1 thank-you, 3 follow-ups, 1 reply.", text(robot, "#preview"));
        assertTrue(find(robot, "#pdfFormat", RadioButton.class).isSelected());
        assertFalse(find(robot, "#openReport", Button.class).isVisible(), "nothing to open before a save");
    }

    @Test
    void theWholeJourneyFromTheKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // A quick period: Tab to "This month so far", Space picks it.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(find(robot, "#thisMonth", RadioButton.class), focused(), "arrows move within the periods");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find(robot, "#thisMonth", RadioButton.class).isSelected());
        assertEquals("Nothing recorded between 1 Dec and 3 Dec 2026 \u2014 the report will say so.",
                text(robot, "#preview"));

        // Other days: typed, Enter takes each date and saves nothing yet.
        typeInto(robot, "#fromDate", "2026-10-15");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find(robot, "#otherDays", RadioButton.class).isSelected(), "typed days are other days; the field shows "
                + find(robot, "#fromDate", DateField.class).getEditor().getText());
        assertTrue(offeredNames.isEmpty(), "Enter in a date field does not press Save");
        typeInto(robot, "#toDate", "2026-11-20");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(offeredNames.isEmpty());
        assertEquals("6 acts: 3 applications, 1 interview, 1 thank-you, 1 follow-up.", text(robot, "#preview"));

        // CSV: Tab on to the format (Tab lands on the chosen one), Down to CSV, Space picks it; Enter then saves.
        tabTo(robot, "#pdfFormat");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find(robot, "#csvFormat", RadioButton.class).isSelected());
        answer = dir.resolve("for the agency");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("activity-report-2026-10-15-to-2026-11-20.csv"), offeredNames);
        assertEquals(1, fake.written.size());
        FakeReports.Written written = fake.written.get(0);
        assertEquals(new Period(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 20)), written.report().period());
        assertEquals(ReportFormat.CSV, written.format());
        assertEquals(dir.resolve("for the agency.csv"), written.file());
        assertEquals("Saved 6 acts to " + dir.resolve("for the agency.csv") + ".", text(robot, "#status"));
        assertTrue(dialog.isShowing(), "the dialog stays, to save another");

        Button open = find(robot, "#openReport", Button.class);
        assertTrue(open.isVisible());
        robot.interact(open::fire);
        assertEquals(List.of(dir.resolve("for the agency.csv")), opened);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndSaveIsOff(FxRobot robot) {
        typeInto(robot, "#toDate", "2026-10-31");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = find(robot, "#periodError", Label.class);
        assertTrue(error.isVisible());
        assertEquals("To (31 Oct 2026) is before From (1 Nov 2026): choose a last day on or after the first.",
                error.getText());
        assertTrue(find(robot, "#saveReport", Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(offeredNames.isEmpty());
        assertTrue(fake.written.isEmpty());
    }

    @Test
    void anUnreadableDateIsRefusedByItsFieldAndSaveIsOff(FxRobot robot) {
        typeInto(robot, "#fromDate", "someday");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = find(robot, "#fromDateError", Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("From: cannot read \u201csomeday\u201d as a date"), error.getText());
        assertTrue(find(robot, "#saveReport", Button.class).isDisabled());
    }

    @Test
    void aFailedWriteIsOnePlainLineNamingTheFile(FxRobot robot) {
        Path file = dir.resolve("locked.pdf");
        fake.failure = new AccessDeniedException(file.toString());
        answer = file;
        robot.interact(() -> find(robot, "#lastMonth", RadioButton.class).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = find(robot, "#status", Label.class);
        assertEquals("Could not save " + file + ": permission denied.", status.getText());
        assertTrue(status.getStyleClass().contains("error"));
        assertFalse(find(robot, "#openReport", Button.class).isVisible());
        assertFalse(find(robot, "#saveReport", Button.class).isDisabled(), "the user can try again");
    }

    @Test
    void enterOnCloseClosesRatherThanSaving(FxRobot robot) {
        answer = dir.resolve("not-wanted.pdf");
        tabTo(robot, "#closeReport");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertTrue(offeredNames.isEmpty());
        assertTrue(fake.written.isEmpty());
    }

    @Test
    void escClosesFromAnywhereAndWritesNothing(FxRobot robot) {
        tabTo(robot, "#toDate");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertTrue(fake.written.isEmpty());
        assertTrue(offeredNames.isEmpty());
    }

    /** Enter in a date field, then the lines and Save as they stand once the field has read it. */
    private void enterDate(FxRobot robot, String id, String text) {
        typeInto(robot, id, text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the error lines shown now, From's, To's and the period's, in that order. */
    private List<String> shownErrors(FxRobot robot) {
        return java.util.stream.Stream.of("#fromDateError", "#toDateError", "#periodError")
                .map(id -> find(robot, id, Label.class)).filter(Node::isVisible).map(Label::getText).toList();
    }

    private boolean saveOff(FxRobot robot) {
        return find(robot, "#saveReport", Button.class).isDisabled();
    }

    @Test
    void onlyTheErrorsOfWhatTheFieldsHoldNowAreShown(FxRobot robot) {
        String before2019 = "To (1 Dec 2019) is before From (1 Nov 2026): choose a last day on or after the first.";
        enterDate(robot, "#toDate", "2019-12-01");
        assertEquals(List.of(before2019), shownErrors(robot));
        assertTrue(saveOff(robot));

        // An unreadable To: its own line replaces the period line, which spoke of a To no longer there.
        enterDate(robot, "#toDate", "xyz");
        List<String> shown = shownErrors(robot);
        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("To: cannot read \u201cxyz\u201d as a date"), shown.get(0));
        assertTrue(saveOff(robot));

        // The same day typed again: the field reads it, and the period line is true again.
        enterDate(robot, "#toDate", "2019-12-01");
        assertEquals(List.of(before2019), shownErrors(robot));
        assertTrue(saveOff(robot));

        // Another wrong day: the line is recomputed from the fields as they are now.
        enterDate(robot, "#toDate", "2026-10-01");
        assertEquals(List.of("To (1 Oct 2026) is before From (1 Nov 2026): choose a last day on or after the first."),
                shownErrors(robot));

        // An unreadable From while To is before it: From's line alone.
        enterDate(robot, "#fromDate", "someday");
        shown = shownErrors(robot);
        assertEquals(1, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("From: cannot read \u201csomeday\u201d"), shown.get(0));
        assertTrue(saveOff(robot));

        // Both mended: no line at all, and Save is on.
        enterDate(robot, "#fromDate", "2026-09-01");
        assertEquals(List.of(), shownErrors(robot));
        assertFalse(saveOff(robot));
        assertEquals(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
                new Period(find(robot, "#fromDate", DateField.class).getValue(),
                        find(robot, "#toDate", DateField.class).getValue()));
    }

    @Test
    void aQuickChoiceReplacesAnUnreadableDateWithItsOwnDays(FxRobot robot) {
        robot.interact(() -> find(robot, "#thisMonth", RadioButton.class).fire());
        enterDate(robot, "#toDate", "xyz"); // To held 3 Dec 2026, the day Last 30 days ends on as well
        assertEquals(1, shownErrors(robot).size());
        assertTrue(find(robot, "#otherDays", RadioButton.class).isSelected(), "unreadable text is not this month's days");
        robot.interact(() -> find(robot, "#last30Days", RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shownErrors(robot));
        DateField to = find(robot, "#toDate", DateField.class);
        assertEquals(LocalDate.of(2026, 12, 3), to.getValue());
        assertFalse(to.getEditor().getText().contains("xyz"), "the field shows the chosen days: " + to.getEditor().getText());
        assertFalse(saveOff(robot));
    }

    @Test
    void theSavedLineGoesWhenTheFormatOrThePeriodChanges(FxRobot robot) {
        answer = dir.resolve("november.pdf");
        robot.interact(() -> find(robot, "#lastMonth", RadioButton.class).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved 8 acts to " + dir.resolve("november.pdf") + ".", text(robot, "#status"));

        robot.interact(() -> find(robot, "#csvFormat", RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text(robot, "#status"), "the line spoke of a PDF; CSV is chosen now");
        assertFalse(find(robot, "#openReport", Button.class).isVisible());

        robot.interact(() -> find(robot, "#lastMonth", RadioButton.class).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved 8 acts to " + dir.resolve("november.pdf.csv") + ".", text(robot, "#status"));
        enterDate(robot, "#toDate", "xyz");
        assertEquals("", text(robot, "#status"), "the line spoke of November; To cannot be read now");
        assertFalse(find(robot, "#openReport", Button.class).isVisible());
    }
}
