package app.nudge.policy;

import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * What the counted events of one application say, gathered in a single pass (docs/follow-up-rules.md, sections 1-2).
 * Only events dated on or after the latest round's interview date count. They are read in date
 * order, events of the same date in the order they were recorded. A {@code SKIPPED} event counts
 * exactly as the event that completes its action, on the same day.
 */
final class History {

    /** R1: a terminal event counts. */
    boolean terminal;

    /** R2/R3: the latest OFFER_RECEIVED or REJECTION_RECEIVED, or null. */
    EventType offerOrRejection;
    LocalDate offerOrRejectionOn;

    /** R4: a THANK_YOU_SENT for everyone (no recipient) or any later contact counts. */
    boolean thankedOrInTouch;

    /** R4 after a panel: the keys ({@link ThankYouStep#key}) of interviewers thanked one by one; null for none. */
    java.util.Set<String> thankedPeople;

    /**
     * R5/R6 and the "not on or before the triggering event" rule: the latest counted event other
     * than SNOOZED (interpretation (a)), with the type it counts as.
     */
    EventType lastType;
    Event lastEvent;
    LocalDate lastOn;

    /** The SNOOZED in force: the latest counted event, when it is a snooze; else null. */
    LocalDate snoozedUntil;

    /** Attempts: FOLLOW_UP_SENT since the latest REPLY_RECEIVED / CHECK_BACK_AGREED, and the last one's date. */
    int attempts;
    LocalDate lastAttemptOn;

    /** R7: the latest REPLY_RECEIVED, and the latest one that gave a new decision date. */
    Event lastReply;
    Event lastReplyWithNewDate;

    /** R8's clock start when set: the latest REPLY_RECEIVED or CHECK_BACK_AGREED. */
    Event lastReplyOrCheckBack;

    private History() {
    }

    static History read(List<Event> events, LocalDate interviewDate) {
        History history = new History();
        if (isInDateOrder(events)) {
            for (int i = 0, size = events.size(); i < size && !history.terminal; i++) {
                history.addIfCounted(events.get(i), interviewDate);
            }
        } else {
            Event[] ordered = sortedByDate(events);
            for (int i = 0; i < ordered.length && !history.terminal; i++) {
                history.addIfCounted(ordered[i], interviewDate);
            }
        }
        return history;
    }

    private static boolean isInDateOrder(List<Event> events) {
        for (int i = 1, size = events.size(); i < size; i++) {
            if (events.get(i).date().isBefore(events.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A stable insertion sort by date: events of one date keep their recorded order. Histories
     * are short and nearly sorted, where this beats a general sort and its copies.
     */
    private static Event[] sortedByDate(List<Event> events) {
        Event[] sorted = new Event[events.size()];
        for (int i = 0; i < sorted.length; i++) {
            Event event = events.get(i);
            int at = i;
            while (at > 0 && sorted[at - 1].date().isAfter(event.date())) {
                sorted[at] = sorted[at - 1];
                at--;
            }
            sorted[at] = event;
        }
        return sorted;
    }

    /** Only events dated on or after the latest round's interview date count. */
    private void addIfCounted(Event event, LocalDate interviewDate) {
        if (!event.date().isBefore(interviewDate)) {
            add(event);
        }
    }

    private void add(Event event) {
        EventType type = event.type();
        if (type == EventType.SNOOZED) {
            if (event.until() != null) {
                snoozedUntil = event.until();
            }
            return;
        }
        if (type == EventType.SKIPPED) {
            if (event.action() == null) {
                return; // a skip that names no action has nothing to count as
            }
            type = event.action().completedBy();
        }
        snoozedUntil = null; // a snooze lasts until any other event is recorded after it
        lastType = type;
        lastEvent = event;
        lastOn = event.date();
        switch (type) {
            case WITHDRAWN, CLOSED, OFFER_ANSWERED, REJECTION_ANSWERED -> terminal = true;
            case OFFER_RECEIVED, REJECTION_RECEIVED -> {
                offerOrRejection = type;
                offerOrRejectionOn = event.date();
            }
            case THANK_YOU_SENT -> {
                if (event.hasRecipient()) {
                    if (thankedPeople == null) {
                        thankedPeople = new java.util.HashSet<>(4);
                    }
                    thankedPeople.add(ThankYouStep.key(event.recipient()));
                } else {
                    thankedOrInTouch = true;
                }
            }
            case VOICEMAIL_LEFT -> thankedOrInTouch = true;
            case FOLLOW_UP_SENT -> {
                thankedOrInTouch = true;
                attempts++;
                lastAttemptOn = event.date();
            }
            case REPLY_RECEIVED -> {
                thankedOrInTouch = true;
                attempts = 0;
                lastReply = event;
                lastReplyOrCheckBack = event;
                if (event.newDecisionBy() != null) {
                    lastReplyWithNewDate = event;
                }
            }
            case CHECK_BACK_AGREED -> {
                thankedOrInTouch = true;
                attempts = 0;
                lastReplyOrCheckBack = event;
            }
            default -> {
                // SKIPPED and SNOOZED were handled above
            }
        }
    }
}
