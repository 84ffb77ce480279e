package app.nudge.ui.board;

import app.nudge.domain.Channel;
import app.nudge.policy.PlannedAction;

/** Plain words for a planned action: "Call Pat to follow up". */
public final class ActionTexts {

    private ActionTexts() {
    }

    public static String describe(PlannedAction a) {
        String who = a.recipient() == null || a.recipient().name().isBlank() ? "them" : a.recipient().firstName();
        boolean phone = a.channel() == Channel.PHONE;
        return switch (a.action()) {
            case THANK_YOU -> "Send " + who + " a thank-you note";
            case FOLLOW_UP -> phone ? "Call " + who + " to follow up" : "Email " + who + " to follow up";
            case FINAL_FOLLOW_UP -> phone ? "Call " + who + " one last time" : "Send " + who + " a last follow-up";
            case SECONDARY_CONTACT -> "Ask " + who + " whether the role is still open";
            case EMAIL_AFTER_VOICEMAIL -> "Email " + who + " after your voicemail";
            case CHECK_BACK -> phone ? "Call " + who + " to check back" : "Check back with " + who;
            case REPLY_TO_OFFER -> "Reply to the offer";
            case THANK_AFTER_REJECTION -> "Thank " + who + " and stay in touch";
            case CLOSE_OUT -> "Close the loop with " + who;
        };
    }
}
