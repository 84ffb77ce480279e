package app.nudge.insights;

import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * Which closing events count for an application (R1, docs/follow-up-rules.md section 2): only
 * those dated on or after the latest round's interview date (every one when there is no round),
 * and a SKIPPED counts as the event that completes the step it skips (a skipped CLOSE_OUT as a CLOSED).
 */
final class ClosingEvents {

    boolean withdrawn;
    boolean closed;
    boolean anyCounts;

    private ClosingEvents() {
    }

    /** @param latestRoundDate the interview date of the latest round, or null for none */
    static ClosingEvents of(List<Event> events, LocalDate latestRoundDate) {
        ClosingEvents closing = new ClosingEvents();
        for (int i = 0, size = events.size(); i < size; i++) {
            Event event = events.get(i);
            if (latestRoundDate != null && event.date().isBefore(latestRoundDate)) {
                continue; // before the latest round: a new round reopens the application
            }
            EventType type = countsAs(event);
            if (type != null && type.isTerminal()) {
                closing.anyCounts = true;
                closing.withdrawn |= type == EventType.WITHDRAWN;
                closing.closed |= type == EventType.CLOSED;
            }
        }
        return closing;
    }

    /** The type an event counts as: a skip as what completes its step; null for a skip of nothing. */
    static EventType countsAs(Event event) {
        if (event.type() == EventType.SKIPPED) {
            return event.action() == null ? null : event.action().completedBy();
        }
        return event.type();
    }
}
