package app.nudge.domain;

/** Everything that can happen after an interview, exactly the event types of docs/exchange-format.md. */
public enum EventType {
    THANK_YOU_SENT,
    FOLLOW_UP_SENT,
    VOICEMAIL_LEFT,
    REPLY_RECEIVED,
    CHECK_BACK_AGREED,
    OFFER_RECEIVED,
    OFFER_ANSWERED,
    REJECTION_RECEIVED,
    REJECTION_ANSWERED,
    WITHDRAWN,
    CLOSED,
    SKIPPED,
    SNOOZED;

    /** Events after which nothing more is planned for the round (docs/follow-up-rules.md, section 1). */
    public boolean isTerminal() {
        return this == WITHDRAWN || this == CLOSED || this == OFFER_ANSWERED || this == REJECTION_ANSWERED;
    }
}
