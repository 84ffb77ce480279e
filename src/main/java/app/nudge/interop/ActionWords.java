package app.nudge.interop;

import app.nudge.domain.ActionType;
import app.nudge.i18n.Texts;
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
        return Texts.t("words.action." + key(action));
    }

    /** "Overdue", "Due", "Upcoming". */
    public static String status(Status status) {
        return Texts.t(switch (status) {
            case OVERDUE -> "words.status.overdue";
            case DUE -> "words.status.due";
            case UPCOMING -> "words.status.upcoming";
        });
    }

    /** "Email" or "Phone". */
    public static String channel(Channel channel) {
        return Texts.t(channel == Channel.PHONE ? "words.channel.phone" : "words.channel.email");
    }

    /** What to do and for which job, as a calendar title: "Follow up with Acme — Backend Developer". */
    public static String title(PlannedAction a) {
        String company = a.company() == null || a.company().isBlank() ? Texts.t("words.them") : a.company();
        boolean phone = a.channel() == Channel.PHONE;
        // Only the actions whose words differ on the phone have a ".phone" text.
        boolean byPhone = phone && switch (a.action()) {
            case FOLLOW_UP, FINAL_FOLLOW_UP, CHECK_BACK -> true;
            default -> false;
        };
        String what = Texts.t("words.title." + key(a.action()) + (byPhone ? ".phone" : ""), "company", company);
        return a.role() == null || a.role().isBlank() ? what : Texts.t("words.titleWithRole", "what", what, "role", a.role());
    }

    /** The text key part of an action: "finalFollowUp". */
    private static String key(ActionType action) {
        return switch (action) {
            case THANK_YOU -> "thankYou";
            case FOLLOW_UP -> "followUp";
            case FINAL_FOLLOW_UP -> "finalFollowUp";
            case SECONDARY_CONTACT -> "secondaryContact";
            case EMAIL_AFTER_VOICEMAIL -> "emailAfterVoicemail";
            case CHECK_BACK -> "checkBack";
            case REPLY_TO_OFFER -> "replyToOffer";
            case THANK_AFTER_REJECTION -> "thankAfterRejection";
            case CLOSE_OUT -> "closeOut";
        };
    }
}
