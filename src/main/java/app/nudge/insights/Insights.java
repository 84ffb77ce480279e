package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes an {@link InsightsReport} from the whole history (docs/insights.md has the definitions:
 * attempt numbers and answers are worked out on the whole history, then the period picks what it
 * counts).
 */
public final class Insights {

    private final PlannedWindows windows;
    private final String presetName;

    /**
     * @param windows    the planned window of each follow-up (in window or late)
     * @param presetName the preset the search uses, the one row of {@link DecisionTimes#byPreset()}
     */
    public Insights(PlannedWindows windows, String presetName) {
        this.windows = java.util.Objects.requireNonNull(windows, "windows");
        this.presetName = java.util.Objects.requireNonNull(presetName, "presetName");
    }

    /**
     * As of the end of {@code today}: every round of that day counts as held.
     *
     * @param plan  today's plan (for "due next week"); may be empty
     */
    public InsightsReport compute(List<Application> applications, List<PlannedAction> plan, Period period,
                                  LocalDate today) {
        return compute(applications, plan, period, HeldRounds.endOf(today));
    }

    /**
     * @param plan today's plan (for "due next week"); may be empty
     * @param now  the moment things in the future are counted from: a round ending after it is not yet
     *             held (a round booked for later today included); its date is "today"
     */
    public InsightsReport compute(List<Application> applications, List<PlannedAction> plan, Period period,
                                  LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        FunnelTally funnel = new FunnelTally(now);
        FollowUpTally followUps = new FollowUpTally(windows);
        DecisionTally decisions = new DecisionTally(presetName);
        int thankYous = 0;
        int thankYousOnTime = 0;
        LocalDate earliest = null;
        for (Application app : applications) {
            LocalDate[] roundDates = RoundDates.of(app);
            earliest = earliest(earliest, app, roundDates);
            if (FunnelTally.counts(period, FunnelTally.countedOn(app, roundDates))) {
                funnel.add(app, roundDates);
            }
            // Attempts and answers come from the whole history; the period only picks the follow-ups.
            for (FollowUpAttempts.FollowUp followUp : FollowUpAttempts.of(app, EventOrder.of(app.events()), roundDates)) {
                if (period.contains(followUp.date())) {
                    followUps.add(app, followUp);
                }
            }
            List<Event> events = app.events();
            for (int i = 0, size = events.size(); i < size; i++) {
                Event event = events.get(i);
                EventType type = event.type();
                if (!period.contains(event.date())) {
                    continue;
                }
                if (type == EventType.THANK_YOU_SENT) {
                    thankYous++;
                    LocalDate round = RoundDates.latestOnOrBefore(roundDates, event.date());
                    if (round != null && !event.date().isAfter(round.plusDays(1))) {
                        thankYousOnTime++;
                    }
                } else if (type == EventType.OFFER_RECEIVED || type == EventType.REJECTION_RECEIVED) {
                    decisions.add(app.country(), RoundDates.latestOnOrBefore(roundDates, event.date()), event.date());
                }
            }
        }
        return new InsightsReport(period, today, funnel.funnel(), followUps.figures(),
                new ThankYouFigures(thankYous, thankYousOnTime), decisions.times(),
                WeekTally.of(applications, period, now, earliest), dueNextWeek(plan, today));
    }

    /** The earlier of {@code so far} and the application's earliest date (applied, a round, an event). */
    private static LocalDate earliest(LocalDate soFar, Application app, LocalDate[] roundDates) {
        LocalDate earliest = soFar;
        earliest = earlier(earliest, app.appliedOn());
        earliest = earlier(earliest, roundDates.length == 0 ? null : roundDates[0]);
        List<Event> events = app.events();
        for (int i = 0, size = events.size(); i < size; i++) {
            earliest = earlier(earliest, events.get(i).date());
        }
        return earliest;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    /** The plan's actions due in the seven days after today, in the plan's order. */
    private static List<PlannedAction> dueNextWeek(List<PlannedAction> plan, LocalDate today) {
        LocalDate lastDay = today.plusDays(7);
        List<PlannedAction> due = new ArrayList<>();
        for (PlannedAction action : plan) {
            if (action.due().isAfter(today) && !action.due().isAfter(lastDay)) {
                due.add(action);
            }
        }
        return due;
    }
}
