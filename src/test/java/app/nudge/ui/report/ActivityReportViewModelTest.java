package app.nudge.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The report dialog's state without a window: periods, preview, file names and how a save ends. */
@Timeout(20)
class ActivityReportViewModelTest {

    private static final Clock DEC_3 = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeReports fake = new FakeReports();
    private final List<String> offeredNames = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private final ReportFileChooser chooser = (owner, name, format) -> {
        offeredNames.add(name);
        return answer;
    };

    private ActivityReportViewModel model(Clock clock, Executor background) {
        return new ActivityReportViewModel(fake, fake, chooser, ReportOpener.NONE, clock, background, Runnable::run);
    }

    private ActivityReportViewModel model() {
        return model(DEC_3, Runnable::run);
    }

    @Test
    void opensOnLastMonthAndCountsItsActsByKind() {
        ActivityReportViewModel model = model();
        assertEquals(ReportPeriodChoice.LAST_MONTH, model.choiceProperty().get());
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), model.periodProperty().get());
        assertEquals("8 acts: 2 applications, 1 interview, 1 thank-you, 3 follow-ups, 1 reply.",
                model.previewProperty().get());
        assertEquals("activity-report-2026-11-01-to-2026-11-30.pdf", model.suggestedFileName());
    }

    @Test
    void theQuickChoicesAreCalendarMonthsAndThirtyDays() {
        LocalDate jan15 = LocalDate.of(2027, 1, 15);
        assertEquals(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                ReportPeriodChoice.LAST_MONTH.period(jan15).orElseThrow(), "across a year's end");
        assertEquals(new Period(LocalDate.of(2027, 1, 1), jan15), ReportPeriodChoice.THIS_MONTH.period(jan15).orElseThrow());
        assertEquals(new Period(LocalDate.of(2026, 12, 17), jan15), ReportPeriodChoice.LAST_30_DAYS.period(jan15).orElseThrow());
        assertEquals(new Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)),
                ReportPeriodChoice.LAST_MONTH.period(LocalDate.of(2028, 3, 1)).orElseThrow(), "a leap February");
        assertTrue(ReportPeriodChoice.CUSTOM.period(jan15).isEmpty());
        assertEquals("Last month (December 2026)", ReportPeriodChoice.LAST_MONTH.label(jan15));

        ActivityReportViewModel model = model();
        model.choiceProperty().set(ReportPeriodChoice.THIS_MONTH);
        assertEquals(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)), model.periodProperty().get());
        model.choiceProperty().set(ReportPeriodChoice.LAST_30_DAYS);
        assertEquals(new Period(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 3)), model.periodProperty().get());
        assertEquals("6 acts: 1 interview, 1 thank-you, 3 follow-ups, 1 reply.", model.previewProperty().get());
    }

    @Test
    void typingOtherDaysMakesThePeriodCustom() {
        ActivityReportViewModel model = model();
        model.fromProperty().set(LocalDate.of(2026, 10, 1));
        assertEquals(ReportPeriodChoice.CUSTOM, model.choiceProperty().get());
        assertEquals(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)), model.periodProperty().get());
        assertEquals("10 acts: 4 applications, 1 interview, 1 thank-you, 3 follow-ups, 1 reply.",
                model.previewProperty().get());
        model.choiceProperty().set(ReportPeriodChoice.CUSTOM);
        assertEquals(LocalDate.of(2026, 10, 1), model.fromProperty().get(), "choosing other days keeps the days shown");
    }

    @Test
    void anEmptyPeriodSaysTheReportWillSaySo() {
        ActivityReportViewModel model = model();
        model.fromProperty().set(LocalDate.of(2026, 9, 1));
        model.toProperty().set(LocalDate.of(2026, 9, 30));
        assertEquals("Nothing recorded between 1 Sep and 30 Sep 2026 \u2014 the report will say so.",
                model.previewProperty().get());
        model.toProperty().set(LocalDate.of(2027, 1, 2));
        model.fromProperty().set(LocalDate.of(2026, 12, 28));
        assertEquals("Nothing recorded between 28 Dec 2026 and 2 Jan 2027 \u2014 the report will say so.",
                model.previewProperty().get());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInOneLineNamingTheField() {
        ActivityReportViewModel model = model();
        model.toProperty().set(LocalDate.of(2026, 10, 31));
        assertEquals("To (31 Oct 2026) is before From (1 Nov 2026): choose a last day on or after the first.",
                model.periodErrorProperty().get());
        assertNull(model.periodProperty().get());
        assertFalse(model.canSaveProperty().get());
        assertEquals("", model.previewProperty().get());
        answer = Optional.of(dir.resolve("r.pdf"));
        model.save(null);
        assertTrue(offeredNames.isEmpty(), "no file dialog while the period is wrong");
        assertTrue(fake.written.isEmpty());

        model.toProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals("", model.periodErrorProperty().get());
        assertTrue(model.canSaveProperty().get());
    }

    @Test
    void savingWritesThePeriodInTheChosenFormatAndAddsAMissingEnding() {
        ActivityReportViewModel model = model();
        model.formatProperty().set(ReportFormat.CSV);
        answer = Optional.of(dir.resolve("for the agency"));
        model.save(null);

        assertEquals(List.of("activity-report-2026-11-01-to-2026-11-30.csv"), offeredNames);
        assertEquals(1, fake.written.size());
        FakeReports.Written written = fake.written.get(0);
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), written.report().period());
        assertEquals(ReportFormat.CSV, written.format());
        assertEquals(dir.resolve("for the agency.csv"), written.file());
        assertEquals("Saved 8 acts to " + dir.resolve("for the agency.csv") + ".", model.statusProperty().get());
        assertFalse(model.failedProperty().get());
        assertEquals(dir.resolve("for the agency.csv"), model.savedFileProperty().get());
        assertEquals(1, fake.asked.size(), "the previewed report is written, not made again");

        answer = Optional.of(dir.resolve("Report.CSV"));
        model.save(null);
        assertEquals(dir.resolve("Report.CSV"), fake.written.get(1).file(), "an ending in capitals is the ending");
    }

    @Test
    void cancellingTheFileDialogWritesNothing() {
        ActivityReportViewModel model = model();
        model.save(null);
        assertEquals(1, offeredNames.size());
        assertTrue(fake.written.isEmpty());
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aFailedWriteSaysWhichFileAndWhyInPlainWords() {
        ActivityReportViewModel model = model();
        Path file = dir.resolve("locked.pdf");
        fake.failure = new AccessDeniedException(file.toString());
        answer = Optional.of(file);
        model.save(null);
        assertEquals("Could not save " + file + ": permission denied.", model.statusProperty().get());
        assertTrue(model.failedProperty().get());
        assertNull(model.savedFileProperty().get());
        assertTrue(model.canSaveProperty().get(), "the user can try again");

        fake.failure = new IOException("java.io.IOException: disk quota");
        model.save(null);
        assertEquals("Could not save " + file + ": it could not be read or written (the details are in Nudge's log).",
                model.statusProperty().get());
    }

    @Test
    void aFileThatOnlyGotItsEndingAddedIsNotReplacedUnasked() throws IOException {
        Path existing = Files.writeString(dir.resolve("november.pdf"), "the user's own file");
        ActivityReportViewModel model = model();
        answer = Optional.of(dir.resolve("november"));
        model.save(null);
        assertTrue(fake.written.isEmpty());
        assertEquals("the user's own file", Files.readString(existing));
        assertEquals("Could not save " + existing + ": already exists. Choose another name, or pick that file itself"
                + " to replace it.", model.statusProperty().get());

        answer = Optional.of(existing); // chosen by its own name: the system dialog asked before replacing
        model.save(null);
        assertEquals(existing, fake.written.get(0).file());
    }

    @Test
    void theReportIsMadeAndWrittenOnTheBackgroundExecutorAndALatePreviewIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        ActivityReportViewModel model = model(DEC_3, queued::add);
        assertEquals("Counting the acts\u2026", model.previewProperty().get());
        assertTrue(fake.asked.isEmpty(), "nothing made before the background runs");
        model.choiceProperty().set(ReportPeriodChoice.THIS_MONTH);
        runAll(queued);
        assertEquals("Nothing recorded between 1 Dec and 3 Dec 2026 \u2014 the report will say so.",
                model.previewProperty().get(), "the older (last month) preview finished later and is not shown");

        answer = Optional.of(dir.resolve("december.pdf"));
        model.save(null);
        assertTrue(model.busyProperty().get());
        assertFalse(model.canSaveProperty().get(), "one save at a time");
        assertTrue(fake.written.isEmpty(), "nothing written before the background runs");
        runAll(queued);
        assertEquals(1, fake.written.size());
        assertFalse(model.busyProperty().get());
        assertEquals("Saved the report (nothing recorded in the period) to " + dir.resolve("december.pdf") + ".",
                model.statusProperty().get());
    }

    @Test
    void aReportThatCannotBeMadeSaysSoWithoutItsInsides() {
        ActivityReportViewModel model = new ActivityReportViewModel(period -> {
            throw new IllegalStateException("java.lang.NullPointerException at app.nudge.X(X.java:1)");
        }, fake, chooser, ReportOpener.NONE, DEC_3, Runnable::run, Runnable::run);
        assertEquals("Could not count the acts: Something unexpected went wrong. The details are in Nudge's log.",
                model.previewProperty().get());
        answer = Optional.of(dir.resolve("r.pdf"));
        model.save(null);
        assertEquals("Could not save " + dir.resolve("r.pdf") + ". Something unexpected went wrong. The details are in"
                + " Nudge's log.", model.statusProperty().get());
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(queued.size() - 1).run(); // newest first: the older preview ends last
        }
    }

    @Test
    void changingTheFormatClearsTheLineAboutTheLastSave() {
        ActivityReportViewModel model = model();
        answer = Optional.of(dir.resolve("november.pdf"));
        model.save(null);
        assertEquals("Saved 8 acts to " + dir.resolve("november.pdf") + ".", model.statusProperty().get());
        model.formatProperty().set(ReportFormat.CSV);
        assertEquals("", model.statusProperty().get());
        assertNull(model.savedFileProperty().get());

        fake.failure = new AccessDeniedException(dir.resolve("x.csv").toString());
        answer = Optional.of(dir.resolve("x.csv"));
        model.save(null);
        assertTrue(model.failedProperty().get());
        model.formatProperty().set(ReportFormat.PDF);
        assertEquals("", model.statusProperty().get());
        assertFalse(model.failedProperty().get());
    }

    @Test
    void anUnreadableFieldHidesThePeriodLineAndTurnsSaveOffUntilItReadsAgain() {
        ActivityReportViewModel model = model();
        model.toProperty().set(LocalDate.of(2019, 12, 1));
        String before = "To (1 Dec 2019) is before From (1 Nov 2026): choose a last day on or after the first.";
        assertEquals(before, model.periodErrorProperty().get());

        model.toUnreadableProperty().set(true);
        assertEquals("", model.periodErrorProperty().get(), "the To field's own line says what is wrong");
        assertFalse(model.canSaveProperty().get());
        model.toUnreadableProperty().set(false); // the same day read again: the value does not change
        assertEquals(before, model.periodErrorProperty().get());

        model.toProperty().set(LocalDate.of(2026, 11, 20));
        assertEquals("", model.periodErrorProperty().get());
        assertTrue(model.canSaveProperty().get());
        model.fromUnreadableProperty().set(true);
        assertNull(model.periodProperty().get());
        assertFalse(model.canSaveProperty().get());
        assertEquals("", model.periodErrorProperty().get());
        model.fromUnreadableProperty().set(false);
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)), model.periodProperty().get());
        assertTrue(model.canSaveProperty().get());
    }
}
