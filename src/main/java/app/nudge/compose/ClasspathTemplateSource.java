package app.nudge.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The default templates, read once from {@code app/nudge/compose/templates/<id>.txt} (English) and
 * {@code templates/<language>/<id>.txt} for the others, found by the id {@code de/THANK_YOU}
 * ({@link TemplateCatalog#sourceId}).
 */
final class ClasspathTemplateSource implements TemplateSource {

    static final ClasspathTemplateSource INSTANCE = new ClasspathTemplateSource();

    private static final String FOLDER = "/app/nudge/compose/templates/";
    // Ids are action names with an optional lower-case suffix, after an optional language folder;
    // anything else (a path) is refused.
    private static final Pattern ID = Pattern.compile("((de|fr|es|nl)/)?[A-Z_]+(-[a-z]+)*");

    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    private ClasspathTemplateSource() {
    }

    @Override
    public Optional<String> find(String templateId) {
        if (templateId == null || !ID.matcher(templateId).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(templateId, ClasspathTemplateSource::read);
    }

    private static Optional<String> read(String templateId) {
        try (InputStream in = ClasspathTemplateSource.class.getResourceAsStream(FOLDER + templateId + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templateId, e);
        }
    }
}
