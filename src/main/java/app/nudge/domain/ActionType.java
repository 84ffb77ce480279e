package app.nudge.domain;

/**
 * The next things a job seeker can be asked to do (docs/follow-up-rules.md, section 2). It lives in the domain
 * because a {@link EventType#SKIPPED} event names the action it skipped.
 */
public enum ActionType {
    THANK_YOU,
    FOLLOW_UP,
    FINAL_FOLLOW_UP,
    SECONDARY_CONTACT,
    EMAIL_AFTER_VOICEMAIL,
    CHECK_BACK,
    REPLY_TO_OFFER,
    THANK_AFTER_REJECTION,
    CLOSE_OUT;

    /** The event that completes this action, which is also what a skip of it counts as. */
    public EventType completedBy() {
        return switch (this) {
            case THANK_YOU -> EventType.THANK_YOU_SENT;
            case FOLLOW_UP, FINAL_FOLLOW_UP, SECONDARY_CONTACT, EMAIL_AFTER_VOICEMAIL, CHECK_BACK -> EventType.FOLLOW_UP_SENT;
            case CLOSE_OUT -> EventType.CLOSED;
            case THANK_AFTER_REJECTION -> EventType.REJECTION_ANSWERED;
            case REPLY_TO_OFFER -> EventType.OFFER_ANSWERED;
        };
    }
}
