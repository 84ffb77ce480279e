package app.nudge.insights;

/** The kinds of act an activity report lists, in the order its totals are given. */
public enum Act {
    /** The application went in ({@code appliedOn}). */
    APPLIED,
    /** An interview round held (dated on its interview date; its end not after now). */
    INTERVIEW,
    /** A THANK_YOU_SENT. */
    THANK_YOU,
    /** A FOLLOW_UP_SENT, or a VOICEMAIL_LEFT (a call that reached the voicemail). */
    FOLLOW_UP,
    /** A REPLY_RECEIVED or CHECK_BACK_AGREED: the employer answered. */
    REPLY,
    /** OFFER_RECEIVED, REJECTION_RECEIVED, OFFER_ANSWERED, REJECTION_ANSWERED, WITHDRAWN or CLOSED. */
    OUTCOME
}
