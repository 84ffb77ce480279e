package app.nudge.interop;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;

/**
 * Planned actions in words for the files and tables people read (the plan table, calendar titles):
 * never the codes ({@code FINAL_FOLLOW_UP}) or rule ids, which stay in the JSON for programs.
 */
public final class ActionWords {

    private ActionWords() {
    }

    /** The action in two or three words: "Final follow-up". */
    public static String name(ActionType action) {
        return switch (action) {
            case THANK_YOU -> "Thank-you note";
            case FOLLOW_UP -> "Follow-up";
            case FINAL_FOLLOW_UP -> "Final follow-up";
            case SECONDARY_CONTACT -> "Ask another contact";
            case EMAIL_AFTER_VOICEMAIL -> "Email after voicemail";
            case CHECK_BACK -> "Check back";
            case REPLY_TO_OFFER -> "Reply to the offer";
            case THANK_AFTER_REJECTION -> "Thanks after a no";
            case CLOSE_OUT -> "Close the loop";
        };
    }

    /** "Overdue", "Due", "Upcoming". */
    public static String status(Status status) {
        return switch (status) {
            case OVERDUE -> "Overdue";
            case DUE -> "Due";
            case UPCOMING -> "Upcoming";
        };
    }

    /** "Email" or "Phone". */
    public static String channel(Channel channel) {
        return channel == Channel.PHONE ? "Phone" : "Email";
    }

    /** What to do and for which job, as a calendar title: "Follow up with Acme — Backend Developer". */
    public static String title(PlannedAction a) {
        String company = a.company() == null || a.company().isBlank() ? "them" : a.company();
        boolean phone = a.channel() == Channel.PHONE;
        String what = switch (a.action()) {
            case THANK_YOU -> "Send a thank-you to " + company;
            case FOLLOW_UP -> (phone ? "Call " : "Follow up with ") + company;
            case FINAL_FOLLOW_UP -> (phone ? "Call " + company + " one last time" : "Last follow-up with " + company);
            case SECONDARY_CONTACT -> "Ask another contact at " + company;
            case EMAIL_AFTER_VOICEMAIL -> "Email " + company + " after your voicemail";
            case CHECK_BACK -> (phone ? "Call " : "Check back with ") + company;
            case REPLY_TO_OFFER -> "Reply to " + company + "'s offer";
            case THANK_AFTER_REJECTION -> "Thank " + company + " after their answer";
            case CLOSE_OUT -> "Close the loop with " + company;
        };
        return a.role() == null || a.role().isBlank() ? what : what + " — " + a.role();
    }
}
