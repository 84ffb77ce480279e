package app.nudge.ui.templates;

import app.nudge.i18n.Texts;
import java.util.Map;
import java.util.Set;

/** Readable names for template ids, as the template list shows them, in the window's language. */
final class TemplateNames {

    /** The actions that have a template, each named by "templates.action.ACTION" (and ".inside"). */
    private static final Set<String> ACTIONS = Set.of("THANK_YOU", "FOLLOW_UP", "FINAL_FOLLOW_UP", "SECONDARY_CONTACT",
            "EMAIL_AFTER_VOICEMAIL", "CHECK_BACK", "REPLY_TO_OFFER", "THANK_AFTER_REJECTION", "CLOSE_OUT");

    /** A template id's variant → the last part of its key, "templates.variant.afterDate". */
    private static final Map<String, String> VARIANTS = Map.of(
            "after-date", "afterDate",
            "known-delay", "knownDelay",
            "accept", "accept",
            "time", "time",
            "decline", "decline",
            "late", "late");

    private TemplateNames() {
    }

    /** "Follow-up — after the promised date", "Call script — follow-up"; an unknown id as it is. */
    static String of(String templateId) {
        int dash = templateId.indexOf('-');
        String action = dash < 0 ? templateId : templateId.substring(0, dash);
        String suffix = dash < 0 ? "" : templateId.substring(dash + 1);
        if (!ACTIONS.contains(action)) {
            return templateId;
        }
        Texts texts = Texts.current();
        String name = texts.get("templates.action." + action);
        // After a dash the name reads mid-sentence: "Call script — follow-up" (German keeps its capital).
        String inside = texts.get("templates.action." + action + ".inside");
        String variant = VARIANTS.get(suffix);
        return switch (suffix) {
            case "" -> name;
            case "call-script" -> texts.get("templates.callScript", "name", inside);
            case "voicemail" -> texts.get("templates.voicemail", "name", inside);
            default -> texts.get("templates.variant", "name", name,
                    "variant", variant == null ? suffix : texts.get("templates.variant." + variant));
        };
    }
}
