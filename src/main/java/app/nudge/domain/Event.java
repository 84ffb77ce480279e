package app.nudge.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened, on a date. Only the fields its type uses are set; the others are null
 * ({@code note} is never null).
 *
 * @param channel       FOLLOW_UP_SENT: EMAIL or PHONE
 * @param newDecisionBy REPLY_RECEIVED: a new date they gave for a decision, if any
 * @param checkBackOn   CHECK_BACK_AGREED: the day agreed to check back
 * @param action        SKIPPED: the action skipped
 * @param until         SNOOZED: the day the next action waits for
 */
public record Event(EventType type, LocalDate date, Channel channel, LocalDate newDecisionBy,
                    LocalDate checkBackOn, ActionType action, LocalDate until, String note) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        note = Texts.orEmpty(note);
        if (type == EventType.FOLLOW_UP_SENT && channel == null) {
            channel = Channel.EMAIL;
        }
    }

    public static Event of(EventType type, LocalDate date) {
        return new Event(type, date, null, null, null, null, null, "");
    }

    public static Event followUp(LocalDate date, Channel channel) {
        return new Event(EventType.FOLLOW_UP_SENT, date, channel, null, null, null, null, "");
    }

    public static Event reply(LocalDate date, LocalDate newDecisionBy) {
        return new Event(EventType.REPLY_RECEIVED, date, null, newDecisionBy, null, null, null, "");
    }

    public static Event checkBack(LocalDate date, LocalDate checkBackOn) {
        return new Event(EventType.CHECK_BACK_AGREED, date, null, null, checkBackOn, null, null, "");
    }

    public static Event skipped(LocalDate date, ActionType action) {
        return new Event(EventType.SKIPPED, date, null, null, null, action, null, "");
    }

    public static Event snoozed(LocalDate date, LocalDate until) {
        return new Event(EventType.SNOOZED, date, null, null, null, null, until, "");
    }

    public Event withNote(String value) {
        return new Event(type, date, channel, newDecisionBy, checkBackOn, action, until, value);
    }
}
