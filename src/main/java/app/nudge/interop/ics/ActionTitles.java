package app.nudge.interop.ics;

import app.nudge.policy.PlannedAction;

/**
 * A plain title for a planned action, used when no draft subject can be made (the user's template
 * is broken): the calendar must still show the reminder.
 */
final class ActionTitles {

    private ActionTitles() {
    }

    static String of(PlannedAction a) {
        String what = switch (a.action()) {
            case THANK_YOU -> "Send a thank-you note";
            case FOLLOW_UP -> "Follow up";
            case FINAL_FOLLOW_UP -> "Last follow-up";
            case SECONDARY_CONTACT -> "Ask another contact";
            case EMAIL_AFTER_VOICEMAIL -> "Email after your voicemail";
            case CHECK_BACK -> "Check back";
            case REPLY_TO_OFFER -> "Reply to the offer";
            case THANK_AFTER_REJECTION -> "Thank them after the rejection";
            case CLOSE_OUT -> "Close the loop";
        };
        return what + ": " + a.role() + " at " + a.company();
    }
}
