package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Which templates exist: one message template per action and variant, plus a call script and
 * a voicemail script for the actions that can be done by phone (R12) and for CHECK_BACK.
 * Ids are {@code ACTION} for the standard variant, else {@code ACTION-variant}; scripts are
 * {@code ACTION-call-script} and {@code ACTION-voicemail}.
 */
public final class TemplateCatalog {

    /** The variant name of actions that have a single message template. */
    public static final String STANDARD = "standard";

    public static final String AFTER_DATE = "after-date";
    public static final String KNOWN_DELAY = "known-delay";
    public static final String ACCEPT = "accept";
    public static final String TIME = "time";
    public static final String DECLINE = "decline";
    /** A thank-you sent after its window (R4 overdue): it owns up to the delay. */
    public static final String LATE = "late";

    private static final String CALL_SCRIPT = "call-script";
    private static final String VOICEMAIL = "voicemail";

    private TemplateCatalog() {
    }

    /** The variants an action offers, the usual one first where there is an order of preference. */
    public static List<String> variants(ActionType action) {
        return switch (action) {
            case FOLLOW_UP -> List.of(STANDARD, AFTER_DATE, KNOWN_DELAY);
            case REPLY_TO_OFFER -> List.of(ACCEPT, TIME, DECLINE);
            case THANK_YOU -> List.of(STANDARD, LATE);
            default -> List.of(STANDARD);
        };
    }

    /** Actions the user may do by phone (R12), which therefore have scripts. */
    public static boolean hasPhoneScripts(ActionType action) {
        return action == ActionType.FOLLOW_UP || action == ActionType.FINAL_FOLLOW_UP
                || action == ActionType.CHECK_BACK;
    }

    public static String messageId(ActionType action, String variant) {
        if (!variants(action).contains(variant)) {
            throw new IllegalArgumentException("unknown variant '" + variant + "' for " + action
                    + "; valid: " + String.join(", ", variants(action)));
        }
        return variant.equals(STANDARD) ? action.name() : action.name() + "-" + variant;
    }

    public static String callScriptId(ActionType action) {
        return scriptId(action, CALL_SCRIPT);
    }

    public static String voicemailId(ActionType action) {
        return scriptId(action, VOICEMAIL);
    }

    private static String scriptId(ActionType action, String kind) {
        if (!hasPhoneScripts(action)) {
            throw new IllegalArgumentException(action + " has no phone scripts");
        }
        return action.name() + "-" + kind;
    }

    /** Every template id, messages first in action order, then the scripts. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (ActionType action : ActionType.values()) {
            for (String variant : variants(action)) {
                ids.add(messageId(action, variant));
            }
        }
        for (ActionType action : ActionType.values()) {
            if (hasPhoneScripts(action)) {
                ids.add(callScriptId(action));
                ids.add(voicemailId(action));
            }
        }
        return List.copyOf(ids);
    }

    /** The shipped English text of a template, for "reset to default". */
    public static String defaultText(String templateId) {
        return defaultText(templateId, Language.EN);
    }

    /** The shipped text of a template in {@code language}. */
    public static String defaultText(String templateId, Language language) {
        return TemplateSource.defaults().find(sourceId(templateId, language))
                .orElseThrow(() -> new IllegalArgumentException("no template '" + templateId + "' in " + language));
    }

    /**
     * The id a {@link TemplateSource} knows a template by in {@code language}: the plain id for
     * English (so the user's saved overrides, which are English, keep their keys), else
     * {@code de/THANK_YOU}: a folder per language, the same file names in each.
     */
    public static String sourceId(String templateId, Language language) {
        return language == Language.EN ? templateId : language.code() + "/" + templateId;
    }
}
