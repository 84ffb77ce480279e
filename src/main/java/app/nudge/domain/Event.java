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
 * @param recipient     THANK_YOU_SENT, or SKIPPED of THANK_YOU: the interviewer this one note was
 *                      for, after a panel; null when it stands for the whole thank-you (R4)
 */
public record Event(EventType type, LocalDate date, Channel channel, LocalDate newDecisionBy,
                    LocalDate checkBackOn, ActionType action, LocalDate until, String note, String recipient) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        note = Texts.orEmpty(note);
        if (type == EventType.FOLLOW_UP_SENT && channel == null) {
            channel = Channel.EMAIL;
        }
        // Blank means "for everyone"; other types have no one to name.
        recipient = recipient == null || recipient.isBlank() || !canNameRecipient(type, action) ? null : recipient.strip();
    }

    /** Today's form without a recipient: the event stands for the whole action. */
    public Event(EventType type, LocalDate date, Channel channel, LocalDate newDecisionBy,
                 LocalDate checkBackOn, ActionType action, LocalDate until, String note) {
        this(type, date, channel, newDecisionBy, checkBackOn, action, until, note, null);
    }

    /** Only a thank-you, sent or skipped, can be for one person of a panel. */
    public static boolean canNameRecipient(EventType type, ActionType action) {
        return type == EventType.THANK_YOU_SENT || type == EventType.SKIPPED && action == ActionType.THANK_YOU;
    }

    public static Event of(EventType type, LocalDate date) {
        return new Event(type, date, null, null, null, null, null, "");
    }

    /** A thank-you note sent to one interviewer of a panel ({@code interviewer} null: to everyone). */
    public static Event thankYouSent(LocalDate date, String interviewer) {
        return new Event(EventType.THANK_YOU_SENT, date, null, null, null, null, null, "", interviewer);
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

    /** One interviewer's thank-you skipped, after a panel. */
    public static Event thankYouSkipped(LocalDate date, String interviewer) {
        return new Event(EventType.SKIPPED, date, null, null, null, ActionType.THANK_YOU, null, "", interviewer);
    }

    public static Event snoozed(LocalDate date, LocalDate until) {
        return new Event(EventType.SNOOZED, date, null, null, null, null, until, "");
    }

    public Event withNote(String value) {
        return new Event(type, date, channel, newDecisionBy, checkBackOn, action, until, value, recipient);
    }

    public Event withRecipient(String value) {
        return new Event(type, date, channel, newDecisionBy, checkBackOn, action, until, note, value);
    }

    public boolean hasRecipient() {
        return recipient != null;
    }
}
