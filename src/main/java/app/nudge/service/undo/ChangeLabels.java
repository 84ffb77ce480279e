package app.nudge.service.undo;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;

/** The short names of changes the undo button shows ("Undo: delete 'Follow-up sent'"). */
public final class ChangeLabels {

    private ChangeLabels() {
    }

    public static String record(Event event) {
        return "record '" + name(event) + "'";
    }

    public static String edit(Event event) {
        return "edit '" + name(event) + "'";
    }

    public static String delete(Event event) {
        return "delete '" + name(event) + "'";
    }

    /** A new application is added; a stored one is edited. */
    public static String save(Application before, Application after) {
        return before == null ? "add " + after.company() : "edit " + after.company();
    }

    public static String delete(Application application) {
        return "delete " + application.company();
    }

    public static String change(Application application) {
        return "change " + application.company();
    }

    /** What the event is, in a few words. */
    public static String name(Event event) {
        return switch (event.type()) {
            case THANK_YOU_SENT -> "Thank-you sent";
            case FOLLOW_UP_SENT -> event.channel() == Channel.PHONE ? "Follow-up call" : "Follow-up sent";
            case VOICEMAIL_LEFT -> "Voicemail left";
            case REPLY_RECEIVED -> "They replied";
            case CHECK_BACK_AGREED -> "Check back agreed";
            case OFFER_RECEIVED -> "Offer received";
            case OFFER_ANSWERED -> "Offer answered";
            case REJECTION_RECEIVED -> "They said no";
            case REJECTION_ANSWERED -> "Rejection answered";
            case WITHDRAWN -> "Withdrew";
            case CLOSED -> "Closed";
            case SKIPPED -> "Skipped";
            case SNOOZED -> "Snoozed";
        };
    }
}
