package app.nudge.ui.composer;

import app.nudge.compose.Draft;
import app.nudge.policy.PlannedAction;
import app.nudge.ui.board.ActionTexts;

/** The composer's words about the draft on show: its heading, its "To:" line, a note's name in the list. */
final class ComposerTexts {

    private ComposerTexts() {
    }

    /** "Thank-you note to Sam Roe (2 of 3)" after a panel; else what the plan says to do. */
    static String heading(PlannedAction next, Draft draft, int position, int count, boolean done) {
        if (draft == null || !draft.isPerPerson()) {
            return ActionTexts.describe(next);
        }
        return "Thank-you note to " + draft.interviewer() + " (" + position + " of " + count + ")"
                + (done ? " — already sent or skipped" : "");
    }

    /** "Sam Roe <sam@acme.example>", or says what is missing. */
    static String to(Draft draft) {
        if (draft.to() == null) {
            return "No contact on record: add one to the application";
        }
        String name = draft.to().name().strip();
        return draft.to().email().isBlank() ? name + " — no email address on record"
                : name + " <" + draft.to().email().strip() + ">";
    }

    /** A note's entry in the list of a panel's notes. */
    static String noteLabel(Draft draft, boolean done) {
        if (draft == null) {
            return "";
        }
        String who = draft.isPerPerson() ? draft.interviewer() : draft.to() == null ? "them" : draft.to().name();
        return "Note to " + who + (done ? " — done" : "");
    }

    /** Said after the mail app could not take the message, which was copied instead. */
    static String mailFailed(String problem) {
        return "Could not open a mail app (" + problem + "): the message is copied instead — paste it into a new email.";
    }
}
