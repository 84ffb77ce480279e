package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The "result so far" of one application on a given day ({@link Standing}).
 *
 * <p>The events that count are those dated on or before that day and, as in rule R1
 * (docs/follow-up-rules.md), on or after the latest round's interview date: the latest round is the
 * one with the latest end, a booked one included, so logging a new round reopens an application
 * closed before it, exactly as the plan does. Without any round every event counts. A skipped
 * step counts as the event that completes it (ClosingEvents), so the report and the funnel agree. Of the counted
 * events: a WITHDRAWN wins; else an offer (OFFER_RECEIVED or OFFER_ANSWERED) wins, even over a
 * rejection, because {@link Standing#OFFER} holds "whatever came after it"; else a rejection
 * (REJECTION_RECEIVED or REJECTION_ANSWERED); else a CLOSED. Nothing of those: INTERVIEWING once a
 * round has been held (its date not after the day), else APPLIED.
 */
final class ActivityStanding {

    private ActivityStanding() {
    }

    static Standing of(Application application, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalDate[] rounds = RoundDates.of(application);
        LocalDate windowStart = rounds.length == 0 ? null : rounds[rounds.length - 1];
        boolean offer = false;
        boolean rejection = false;
        boolean closed = false;
        List<Event> events = application.events();
        for (int i = 0, size = events.size(); i < size; i++) {
            Event event = events.get(i);
            if (event.date().isAfter(today) || windowStart != null && event.date().isBefore(windowStart)) {
                continue;
            }
            EventType type = ClosingEvents.countsAs(event); // a skipped close-out counts as CLOSED, as in the funnel
            if (type == null) {
                continue;
            }
            switch (type) {
                case WITHDRAWN -> {
                    return Standing.WITHDRAWN;
                }
                case OFFER_RECEIVED, OFFER_ANSWERED -> offer = true;
                case REJECTION_RECEIVED, REJECTION_ANSWERED -> rejection = true;
                case CLOSED -> closed = true;
                default -> {
                    // contact and bookkeeping events do not change where it stands
                }
            }
        }
        if (offer) {
            return Standing.OFFER;
        }
        if (rejection) {
            return Standing.REJECTED;
        }
        if (closed) {
            return Standing.CLOSED_WITHOUT_ANSWER;
        }
        return HeldRounds.anyHeld(application.interviews(), now) ? Standing.INTERVIEWING : Standing.APPLIED;
    }
}
