package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.EventType;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.Intervals;
import app.nudge.policy.PlannedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard {@link PlannedWindows}: what the follow-up policy planned just before a follow-up
 * went out. It replays {@link FollowUpPolicy#next} on the application as it stood then: only the
 * events that come before the follow-up (an earlier date, or the same date and recorded earlier),
 * only the rounds dated on or before it, with today the follow-up's date. A window counts when
 * the planned step is one a FOLLOW_UP_SENT completes (FOLLOW_UP, FINAL_FOLLOW_UP,
 * SECONDARY_CONTACT, EMAIL_AFTER_VOICEMAIL, CHECK_BACK); a thank-you, a close-out or nothing
 * planned gives no window.
 */
public final class PolicyWindows implements PlannedWindows {

    private final CalendarChooser calendars;
    private final Intervals intervals;

    public PolicyWindows(CalendarChooser calendars, Intervals intervals) {
        this.calendars = calendars;
        this.intervals = intervals;
    }

    @Override
    public Optional<Window> forFollowUp(Application app, int eventIndex) {
        List<Event> events = app.events();
        Event followUp = events.get(eventIndex);
        Application before = app.withInterviews(roundsHeldBy(app.interviews(), followUp))
                .withEvents(eventsBefore(events, eventIndex));
        Optional<PlannedAction> planned = FollowUpPolicy.next(before, followUp.date(),
                calendars.forCountry(app.country()), intervals);
        return planned.filter(action -> action.action().completedBy() == EventType.FOLLOW_UP_SENT)
                .map(action -> new Window(action.earliest(), action.due()));
    }

    /** The rounds dated on or before the follow-up; the same list when that is all of them (no copy). */
    private static List<InterviewRound> roundsHeldBy(List<InterviewRound> rounds, Event followUp) {
        boolean all = true;
        for (int i = 0, size = rounds.size(); i < size && all; i++) {
            all = !rounds.get(i).date().isAfter(followUp.date());
        }
        if (all) {
            return rounds;
        }
        List<InterviewRound> held = new ArrayList<>(rounds.size());
        for (InterviewRound round : rounds) {
            if (!round.date().isAfter(followUp.date())) {
                held.add(round);
            }
        }
        return held;
    }

    private static List<Event> eventsBefore(List<Event> events, int eventIndex) {
        List<Event> before = new ArrayList<>(events.size());
        for (int i = 0, size = events.size(); i < size; i++) {
            if (EventOrder.isBefore(events, i, eventIndex)) {
                before.add(events.get(i));
            }
        }
        return before;
    }
}
