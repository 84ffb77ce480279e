package app.nudge.insights;

import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the Insights view and of {@code nudge insights} for one period.
 *
 * @param weeks       every Monday-to-Sunday week that overlaps the period, oldest first; an open
 *                    start begins at the week of the earliest dated thing recorded, an open end
 *                    stops at today's week; empty when nothing is recorded
 * @param dueNextWeek the plan's actions due in the seven days after today, in plan order
 */
public record InsightsReport(Period period, LocalDate today, Funnel funnel, FollowUpFigures followUps,
                             ThankYouFigures thankYous, DecisionTimes decisions, List<Week> weeks,
                             List<PlannedAction> dueNextWeek) {

    public InsightsReport {
        weeks = List.copyOf(weeks);
        dueNextWeek = List.copyOf(dueNextWeek);
    }
}
