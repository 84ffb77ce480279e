package app.nudge.ui.composer;

import app.nudge.compose.Draft;
import app.nudge.i18n.Texts;
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
        return Texts.t(done ? "composer.heading.panelDone" : "composer.heading.panel", "name", draft.interviewer(),
                "position", position, "count", count);
    }

    /** "Sam Roe <sam@acme.example>", or says what is missing. */
    static String to(Draft draft) {
        if (draft.to() == null) {
            return Texts.t("composer.to.none");
        }
        String name = draft.to().name().strip();
        return draft.to().email().isBlank() ? Texts.t("composer.to.noEmail", "name", name)
                : name + " <" + draft.to().email().strip() + ">";
    }

    /** A note's entry in the list of a panel's notes. */
    static String noteLabel(Draft draft, boolean done) {
        if (draft == null) {
            return "";
        }
        String who = draft.isPerPerson() ? draft.interviewer() : draft.to() == null ? Texts.t("composer.note.them")
                : draft.to().name();
        return Texts.t(done ? "composer.note.done" : "composer.note", "name", who);
    }

    /** Said after the mail app could not take the message, which was copied instead. */
    static String mailFailed(String problem) {
        return Texts.t("composer.mail.failed", "reason", problem);
    }

    /** A template's version, by its id ("after-date"); an id without a name shows as it is. */
    static String variant(String id) {
        if (id == null) {
            return "";
        }
        String key = "composer.variant." + id.replace('-', '_');
        return Texts.current().has(key) ? Texts.t(key) : id;
    }

    /** The line after a note or message was marked as sent. */
    static String markedSent(String interviewer) {
        return interviewer == null ? Texts.t("composer.sent") : Texts.t("composer.sent.note", "name", interviewer);
    }

    /** The heading while no draft is shown: no card selected, or nothing to send for it. */
    static String noDraft(boolean noCard) {
        return Texts.t(noCard ? "composer.selectCard" : "composer.nothingToSend");
    }

    static String alreadyDone(String interviewer) {
        return Texts.t("composer.note.alreadyDone", "name", interviewer);
    }

    static String skipped(String interviewer) {
        return Texts.t("composer.note.skipped", "name", interviewer);
    }

    static String checkBackRecorded() {
        return Texts.t("composer.checkBackRecorded");
    }
}
