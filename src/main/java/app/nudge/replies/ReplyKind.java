package app.nudge.replies;

/** What a message says, as the reader proposes it; the JSON of {@code nudge reply} uses these names. */
public enum ReplyKind {
    /** An answer with no decision: REPLY_RECEIVED, with {@code newDecisionBy} when a date is named. */
    REPLY_RECEIVED,
    /** "Check back with me on Monday": CHECK_BACK_AGREED with {@code checkBackOn}. */
    CHECK_BACK_AGREED,
    REJECTION_RECEIVED,
    OFFER_RECEIVED,
    /** An invitation to another round: a round whose {@code endedAt} is the proposed date and time. */
    NEXT_ROUND,
    /** Auto-replies, out-of-office, newsletters, job alerts: nothing to record. */
    NOT_A_REPLY;

    /** The plain words the app and the command line show for the kind. */
    public String words() {
        return switch (this) {
            case REPLY_RECEIVED -> "They replied (no decision yet)";
            case CHECK_BACK_AGREED -> "Check back with them on a day";
            case REJECTION_RECEIVED -> "A rejection";
            case OFFER_RECEIVED -> "An offer";
            case NEXT_ROUND -> "An invitation to another round";
            case NOT_A_REPLY -> "Not a reply (auto-reply, newsletter, job alert)";
        };
    }
}
