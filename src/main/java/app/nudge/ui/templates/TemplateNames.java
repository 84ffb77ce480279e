package app.nudge.ui.templates;

import java.util.Map;

/** Readable names for template ids, as the template list shows them. */
final class TemplateNames {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("THANK_YOU", "Thank-you note"),
            Map.entry("FOLLOW_UP", "Follow-up"),
            Map.entry("FINAL_FOLLOW_UP", "Final follow-up"),
            Map.entry("SECONDARY_CONTACT", "Another contact"),
            Map.entry("EMAIL_AFTER_VOICEMAIL", "Email after a voicemail"),
            Map.entry("CHECK_BACK", "Check back"),
            Map.entry("REPLY_TO_OFFER", "Reply to an offer"),
            Map.entry("THANK_AFTER_REJECTION", "Thanks after a rejection"),
            Map.entry("CLOSE_OUT", "Close the loop"));

    private static final Map<String, String> VARIANTS = Map.of(
            "after-date", "after the promised date",
            "known-delay", "known delay",
            "accept", "accept",
            "time", "ask for time",
            "decline", "decline",
            "late", "sent late");

    private TemplateNames() {
    }

    /** "Follow-up — after the promised date", "Call script — follow-up"; an unknown id as it is. */
    static String of(String templateId) {
        int dash = templateId.indexOf('-');
        String action = dash < 0 ? templateId : templateId.substring(0, dash);
        String suffix = dash < 0 ? "" : templateId.substring(dash + 1);
        String name = ACTIONS.get(action);
        if (name == null) {
            return templateId;
        }
        return switch (suffix) {
            case "" -> name;
            case "call-script" -> "Call script — " + lowerFirst(name);
            case "voicemail" -> "Voicemail — " + lowerFirst(name);
            default -> name + " — " + VARIANTS.getOrDefault(suffix, suffix);
        };
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
