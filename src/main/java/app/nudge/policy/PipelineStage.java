package app.nudge.policy;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's columns, derived from what was recorded, never stored: an application moves by
 * itself when an event is recorded.
 */
public enum PipelineStage {
    NO_INTERVIEW("No interview yet"),
    THANK_YOU("Thank-you to send"),
    WAITING("Waiting / following up"),
    OFFER("Offer"),
    CLOSED("Closed");

    private final String title;

    PipelineStage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The stage of an application. Like the rules, it looks only at events on or after the latest
     * round's interview date, so a new round brings a closed application back.
     *
     * @param next its planned action, or null when none is planned
     */
    public static PipelineStage of(Application application, PlannedAction next) {
        InterviewRound latest = application.latestRound().orElse(null);
        // Without a round every event counts: an application imported from a sheet as rejected, offered or
        // withdrawn has its outcome but no round, and belongs with the closed or offered ones.
        LocalDate since = latest == null ? LocalDate.MIN : latest.date();
        List<Event> counted = application.events().stream().filter(e -> !e.date().isBefore(since)).toList();
        EventType outcome = null;
        boolean terminal = false;
        for (Event e : counted) {
            EventType type = effectiveType(e);
            if (type == EventType.OFFER_RECEIVED || type == EventType.REJECTION_RECEIVED) {
                outcome = type;
            }
            terminal |= type.isTerminal();
        }
        if (outcome == EventType.OFFER_RECEIVED && !counted.isEmpty()
                && effectiveType(counted.get(counted.size() - 1)) != EventType.WITHDRAWN
                && effectiveType(counted.get(counted.size() - 1)) != EventType.CLOSED) {
            return OFFER; // an answered offer stays with the offers: it is the happy ending
        }
        if (terminal || outcome == EventType.REJECTION_RECEIVED) {
            return CLOSED;
        }
        if (latest == null) {
            return NO_INTERVIEW;
        }
        if (next != null && next.action() == ActionType.THANK_YOU) {
            return THANK_YOU;
        }
        return WAITING;
    }

    /** A skip counts as the event that completes the skipped action (docs/follow-up-rules.md, section 2). */
    private static EventType effectiveType(Event e) {
        return e.type() == EventType.SKIPPED && e.action() != null ? e.action().completedBy() : e.type();
    }

    /** Why a closed application closed, in a word or two ("rejected", "withdrew", "closed"). */
    public static String closedReason(Application application) {
        for (int i = application.events().size() - 1; i >= 0; i--) {
            switch (effectiveType(application.events().get(i))) {
                case REJECTION_RECEIVED, REJECTION_ANSWERED -> {
                    return "rejected";
                }
                case WITHDRAWN -> {
                    return "withdrew";
                }
                case CLOSED -> {
                    return "closed";
                }
                case OFFER_ANSWERED -> {
                    return "offer answered";
                }
                default -> {
                    // keep looking back
                }
            }
        }
        return "closed";
    }
}
