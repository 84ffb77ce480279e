package app.nudge.compose;

import java.util.Map;
import java.util.Optional;

/**
 * Where template texts come from, by id ({@code THANK_YOU}, {@code FOLLOW_UP-after-date}, ...;
 * {@link TemplateCatalog#ids()} lists them all). User-edited texts will be stored elsewhere and
 * layered over the defaults: {@code userTemplates.orElse(TemplateSource.defaults())}.
 */
@FunctionalInterface
public interface TemplateSource {

    Optional<String> find(String templateId);

    /** The texts shipped with the app (classpath resources). */
    static TemplateSource defaults() {
        return ClasspathTemplateSource.INSTANCE;
    }

    /** Fixed texts by id, e.g. the user's saved overrides; the map is copied. */
    static TemplateSource of(Map<String, String> textsById) {
        Map<String, String> copy = Map.copyOf(textsById);
        return id -> Optional.ofNullable(copy.get(id));
    }

    /** This source first; where it has no text for an id, {@code fallback}. */
    default TemplateSource orElse(TemplateSource fallback) {
        return id -> find(id).or(() -> fallback.find(id));
    }
}
