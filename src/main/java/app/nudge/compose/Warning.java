package app.nudge.compose;

/** Something the user may want to change before sending; never a block. */
public record Warning(Kind kind, String message) {

    public enum Kind {
        /** pay or benefits in a follow-up: those belong to the offer stage [001] */
        COMPENSATION,
        /** emotional or demanding wording [000] */
        TONE,
        /** a {name} or [Name] placeholder nobody filled */
        PLACEHOLDER,
        /** a thank-you without the specific point from the conversation [001][004] */
        NO_PERSONAL_DETAIL,
        /** the greeting names someone other than the recipient */
        WRONG_NAME,
        /** sending before the action's earliest date */
        TOO_EARLY,
        /** a thank-you past its window (R4): it may be better skipped or folded into the follow-up */
        LATE,
        /** the recipient has no email address on record */
        NO_ADDRESS,
        /** the user's name is empty in the settings, so nothing signs the message */
        NO_NAME
    }
}
