package app.nudge.ui.report;

import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Hand-made acts in October and November 2026 (none in September), a report function that keeps
 * the ones in the asked period and remembers every period asked, and a writer that remembers what
 * it was asked to write (or fails as told).
 */
public final class FakeReports implements Function<Period, ActivityReport>, ReportWriter {

    /** November: 2 applications, 1 interview, 1 thank-you, 3 follow-ups, 1 reply = 8 acts. October: 2 applications. */
    static final List<ActivityRow> ROWS = List.of(
            row(LocalDate.of(2026, 10, 5), Act.APPLIED, How.APPLICATION),
            row(LocalDate.of(2026, 10, 20), Act.APPLIED, How.APPLICATION),
            row(LocalDate.of(2026, 11, 2), Act.APPLIED, How.APPLICATION),
            row(LocalDate.of(2026, 11, 3), Act.APPLIED, How.APPLICATION),
            row(LocalDate.of(2026, 11, 9), Act.INTERVIEW, How.INTERVIEW),
            row(LocalDate.of(2026, 11, 10), Act.THANK_YOU, How.EMAIL),
            row(LocalDate.of(2026, 11, 17), Act.FOLLOW_UP, How.EMAIL),
            row(LocalDate.of(2026, 11, 24), Act.FOLLOW_UP, How.PHONE),
            row(LocalDate.of(2026, 11, 25), Act.REPLY, How.NOT_RECORDED),
            row(LocalDate.of(2026, 11, 30), Act.FOLLOW_UP, How.EMAIL));

    record Written(ActivityReport report, ReportFormat format, Path file) {
    }

    final List<Period> asked = new CopyOnWriteArrayList<>();
    final List<Written> written = new CopyOnWriteArrayList<>();
    /** Thrown by the next writes when set. */
    volatile IOException failure;

    @Override
    public ActivityReport apply(Period period) {
        asked.add(period);
        return new ActivityReport("Jane Doe", period, LocalDate.of(2026, 12, 3),
                ROWS.stream().filter(row -> period.contains(row.date())).toList());
    }

    @Override
    public void write(ActivityReport report, ReportFormat format, Path file) throws IOException {
        if (failure != null) {
            throw failure;
        }
        written.add(new Written(report, format, file));
    }

    /**
     * For the gallery: a report function whose last month (as seen on {@code today}) holds 11 acts
     * of every kind, and nothing in any other month.
     */
    public static Function<Period, ActivityReport> lastMonthSample(LocalDate today) {
        LocalDate first = today.minusMonths(1).withDayOfMonth(1);
        List<ActivityRow> rows = List.of(row(first.plusDays(1), Act.APPLIED, How.APPLICATION),
                row(first.plusDays(2), Act.APPLIED, How.APPLICATION), row(first.plusDays(5), Act.APPLIED, How.APPLICATION),
                row(first.plusDays(8), Act.INTERVIEW, How.INTERVIEW), row(first.plusDays(9), Act.THANK_YOU, How.EMAIL),
                row(first.plusDays(12), Act.INTERVIEW, How.INTERVIEW), row(first.plusDays(13), Act.THANK_YOU, How.EMAIL),
                row(first.plusDays(16), Act.FOLLOW_UP, How.EMAIL), row(first.plusDays(20), Act.FOLLOW_UP, How.PHONE),
                row(first.plusDays(22), Act.REPLY, How.NOT_RECORDED), row(first.plusDays(26), Act.OUTCOME, How.NOT_RECORDED));
        return period -> new ActivityReport("Jane Doe", period, today,
                rows.stream().filter(row -> period.contains(row.date())).toList());
    }

    private static ActivityRow row(LocalDate date, Act act, How how) {
        return new ActivityRow(date, "acme-" + date, "Acme Corp", "Backend Developer", "Pat Lee", act, how, "",
                Standing.INTERVIEWING);
    }
}
