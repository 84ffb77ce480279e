package app.nudge.i18n;

import app.nudge.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the text files of one language. Texts are split by area (one file per feature, so that
 * each feature's words sit together); a key's first part is its area, and a key in the wrong file
 * is refused, so the bundle test can name the file a key belongs in.
 */
public final class TextFiles {

    /** Every area that may have a file; an area without one is skipped. */
    public static final List<String> AREAS = List.of("common", "app", "board", "log", "application", "detail",
            "composer", "settings", "templates", "csvimport", "replies", "insights", "report", "welcome",
            "shell", "cli", "store", "service", "compose", "notify", "domain", "policy", "exchange", "inbox",
            "lint", "format", "words");

    private TextFiles() {
    }

    /** All keys and texts of {@code language}, UTF-8 as Java 9+ bundles are. */
    public static Map<String, String> read(Language language) {
        Map<String, String> all = new HashMap<>();
        for (String area : AREAS) {
            all.putAll(readArea(area, language));
        }
        return Map.copyOf(all);
    }

    /** One area's keys in one language; empty if the file is missing. */
    public static Map<String, String> readArea(String area, Language language) {
        String name = fileName(area, language);
        try (InputStream in = TextFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith(area + ".")) {
                    throw new IllegalStateException("Key " + key + " is in " + name + " but belongs to its own area");
                }
                texts.put(key, p.getProperty(key));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** "/app/nudge/i18n/board.properties", "/app/nudge/i18n/board_de.properties". */
    public static String fileName(String area, Language language) {
        return "/app/nudge/i18n/" + area + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
    }
}
