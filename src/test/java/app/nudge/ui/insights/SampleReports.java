package app.nudge.ui.insights;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.DecisionTimes;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.insights.ThankYouFigures;
import app.nudge.insights.Week;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-built reports for the Insights window's tests and the gallery (never computed). */
public final class SampleReports {

    private SampleReports() {
    }

    /** A job search of some months: every section has figures, six actions due next week. */
    public static InsightsReport realistic(Period period, LocalDate today) {
        Funnel funnel = new Funnel(12, 7, 2, 3, 5, 1, 1);
        TreeMap<Integer, Count> byAttempt = new TreeMap<>(Map.of(1, new Count(9, 5), 2, new Count(4, 1),
                3, new Count(2, 1), 4, new Count(1, 0)));
        FollowUpFigures followUps = new FollowUpFigures(16, 7, new DaySpread(7, 0, 2.0, 4.0, 7.5, 15), byAttempt,
                Map.of(Channel.EMAIL, new Count(11, 4), Channel.PHONE, new Count(5, 3)), new Count(10, 6),
                new Count(5, 1), new Count(1, 0));
        DecisionTimes decisions = new DecisionTimes(new DaySpread(5, 6, 8.0, 12.0, 19.0, 30),
                new TreeMap<>(Map.of("STANDARD", new DaySpread(5, 6, 8.0, 12.0, 19.0, 30))),
                new TreeMap<>(Map.of("US", new DaySpread(3, 6, 6.5, 10.0, 20.0, 30), "DE", new DaySpread(1, 14, 14.0, 14.0, 14.0, 14),
                        "", new DaySpread(1, 8, 8.0, 8.0, 8.0, 8))));
        List<Week> weeks = new ArrayList<>();
        LocalDate monday = today.with(DayOfWeek.MONDAY).minusWeeks(12);
        int[][] counts = {{1, 2, 0}, {2, 4, 1}, {0, 3, 2}, {1, 5, 1}, {3, 6, 2}, {0, 2, 3}, {2, 4, 1}, {1, 3, 2},
                {0, 1, 0}, {2, 5, 3}, {1, 2, 1}, {0, 3, 1}, {1, 1, 0}};
        for (int[] c : counts) {
            weeks.add(new Week(monday, c[0], c[1], c[2]));
            monday = monday.plusWeeks(1);
        }
        List<PlannedAction> due = List.of(
                action("a1", "Acme Corp", ActionType.FOLLOW_UP, Channel.EMAIL, "Pat Lee", today.plusDays(1)),
                action("a2", "Globex", ActionType.THANK_YOU, Channel.EMAIL, "Zoë Müller", today.plusDays(2)),
                action("a3", "Initech Labs", ActionType.FOLLOW_UP, Channel.PHONE, "Sam Ortiz", today.plusDays(3)),
                action("a4", "Umbrella", ActionType.CHECK_BACK, Channel.EMAIL, "Jürgen Weber", today.plusDays(4)),
                action("a5", "Zürich Bäckerei", ActionType.FINAL_FOLLOW_UP, Channel.EMAIL, "Ana Silva", today.plusDays(5)),
                action("a6", "Hooli", ActionType.FOLLOW_UP, Channel.EMAIL, "Lee Park", today.plusDays(6)));
        return new InsightsReport(period, today, funnel, followUps, new ThankYouFigures(6, 5), decisions, weeks, due);
    }

    /** Nothing recorded at all. */
    public static InsightsReport empty(Period period, LocalDate today) {
        FollowUpFigures none = new FollowUpFigures(0, 0, DaySpread.EMPTY, new TreeMap<>(),
                Map.of(Channel.EMAIL, Count.NONE, Channel.PHONE, Count.NONE), Count.NONE, Count.NONE, Count.NONE);
        return new InsightsReport(period, today, new Funnel(0, 0, 0, 0, 0, 0, 0), none, new ThankYouFigures(0, 0),
                new DecisionTimes(DaySpread.EMPTY, new TreeMap<>(), new TreeMap<>()), List.of(), List.of());
    }

    private static PlannedAction action(String id, String company, ActionType type, Channel channel, String who,
                                        LocalDate due) {
        return new PlannedAction(id, company, "Engineer", type, channel, Contact.named(who, null), due, due,
                Status.UPCOMING, "R5", "reason");
    }
}
