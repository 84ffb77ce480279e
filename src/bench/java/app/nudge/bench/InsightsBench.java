package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.insights.Insights;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.insights.PolicyWindows;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Preset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 16: every figure of the Insights view over 10,000 applications of 10 events each (four
 * follow-ups apiece, so 40,000 policy replays for the windows), all time, US calendar, Standard
 * preset, in under 100 ms. Warm-up runs first (at least 20 and 2 s), then the median of
 * NUDGE_BENCH_ROUNDS x 5 measured runs (default 7 x 5).
 */
public final class InsightsBench {

    static final int APPLICATIONS = 10_000;
    private static final int WARM_UP_RUNS = 20;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int MEASURED_RUNS =
            5 * Integer.parseInt(System.getenv().getOrDefault("NUDGE_BENCH_ROUNDS", "7"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private InsightsBench() {
    }

    public static void main(String[] args) {
        measure().forEach(System.out::println);
    }

    static List<Row> measure() {
        List<Application> applications = new DemoData(42, TODAY).withEvents(APPLICATIONS, 10);
        CalendarChooser calendars = new HolidayCalendars().chooser("US", false);
        List<PlannedAction> plan = FollowUpPolicy.plan(applications, TODAY, calendars, Preset.STANDARD.intervals());
        Insights insights = new Insights(new PolicyWindows(calendars, Preset.STANDARD.intervals()), "STANDARD");
        long warmUpStart = System.nanoTime();
        for (int run = 0; run < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; run++) {
            insights.compute(applications, plan, Period.all(), TODAY);
        }
        double[] millis = new double[MEASURED_RUNS];
        InsightsReport report = null;
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            report = insights.compute(applications, plan, Period.all(), TODAY);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[MEASURED_RUNS / 2];
        System.out.printf("insights over %,d applications x 10 events (%,d follow-ups): median %.1f ms"
                        + " (min %.1f, max %.1f, %d runs)%n", APPLICATIONS, report.followUps().sent(), median,
                millis[0], millis[MEASURED_RUNS - 1], MEASURED_RUNS);
        return List.of(Row.millis("Insights, every figure over 10,000 applications x 10 events (median)", median, 100));
    }
}
