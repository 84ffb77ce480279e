package app.nudge.service.undo;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;

/** The short names of changes the undo button shows ("Undo: delete 'Follow-up sent'"). */
public final class ChangeLabels {

    private ChangeLabels() {
    }

    public static String record(Event event) {
        return Texts.t("service.undo.record", "name", name(event));
    }

    public static String edit(Event event) {
        return Texts.t("service.undo.edit", "name", name(event));
    }

    public static String delete(Event event) {
        return Texts.t("service.undo.delete", "name", name(event));
    }

    /** A new application is added; a stored one is edited. */
    public static String save(Application before, Application after) {
        return Texts.t(before == null ? "service.undo.addApplication" : "service.undo.editApplication",
                "company", after.company());
    }

    public static String delete(Application application) {
        return Texts.t("service.undo.deleteApplication", "company", application.company());
    }

    public static String change(Application application) {
        return Texts.t("service.undo.changeApplication", "company", application.company());
    }

    /** What the event is, in a few words. */
    public static String name(Event event) {
        boolean call = event.type() == EventType.FOLLOW_UP_SENT && event.channel() == Channel.PHONE;
        return Texts.t("service.event." + (call ? "FOLLOW_UP_CALL" : event.type().name()));
    }
}
