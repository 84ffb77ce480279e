package app.nudge.compose;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The user's own copies of templates as they are kept among the settings: under
 * {@code template.<id>}, an empty or missing value meaning "use the default". The app and the
 * {@code draft} command both read them through here, so both show the same text.
 */
public final class TemplateOverrides {

    public static final String KEY_PREFIX = "template.";

    private static final Set<String> IDS = Set.copyOf(TemplateCatalog.ids());

    private TemplateOverrides() {
    }

    /** The setting name of a template's override, {@code template.THANK_YOU}. */
    public static String key(String templateId) {
        if (!IDS.contains(templateId)) {
            throw new IllegalArgumentException("no template '" + templateId + "'");
        }
        return KEY_PREFIX + templateId;
    }

    /**
     * The overrides among all settings, by template id. Blank values (a reset) and ids the
     * catalog no longer knows (a template removed in a later version) are left out.
     */
    public static Map<String, String> fromSettings(Map<String, String> settings) {
        Map<String, String> overrides = new HashMap<>();
        settings.forEach((name, value) -> {
            if (name.startsWith(KEY_PREFIX) && value != null && !value.isBlank()) {
                String id = name.substring(KEY_PREFIX.length());
                if (IDS.contains(id)) {
                    overrides.put(id, value);
                }
            }
        });
        return overrides;
    }

    /** The overrides first, the shipped texts for the rest: what a {@link Composer} drafts with. */
    public static TemplateSource layered(Map<String, String> overrides) {
        return TemplateSource.of(overrides).orElse(TemplateSource.defaults());
    }
}
