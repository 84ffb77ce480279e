package app.nudge.app;

import app.nudge.common.AtomicFiles;
import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The Settings choices the window needs before its first frame, the language and the theme, copied
 * into {@code choices.properties} beside the data so that a start can use them without waiting for
 * the database to open (with 10,000 applications that wait was a second of every start, and a dark
 * theme came only after a light first frame). The database stays the truth: the copy is brought in
 * line whenever the database is open (after the first plan, at each settings save and at close), so
 * a choice made in Settings, by an import or on another computer's server reaches the file for the
 * next start. Disk work: never on the JavaFX thread.
 */
final class StartChoices {

    static final String FILE_NAME = "choices.properties";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    /** Written for the language "System": the choice is known to be none (unlike a missing file). */
    private static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(StartChoices.class.getName());

    private final Path file;

    StartChoices(Path dataFolder) {
        file = dataFolder.resolve(FILE_NAME);
    }

    /**
     * What was copied last, read once. Each part is empty when there is no copy (a first start, or one
     * after an update), it cannot be read or it holds a value this version does not know (a damaged
     * file, a newer version's language): then the database has to be asked.
     *
     * @param language the language; inside, empty means "the system's"
     * @param theme    the theme
     */
    record Copied(Optional<Optional<Language>> language, Optional<ThemeChoice> theme) {
    }

    Copied read() {
        Properties p = load();
        return new Copied(language(p.getProperty(LANGUAGE)), theme(p.getProperty(THEME)));
    }

    private static Optional<Optional<Language>> language(String value) {
        if (value != null && value.strip().equals(SYSTEM)) {
            return Optional.of(Optional.empty());
        }
        return Optional.ofNullable(value).flatMap(v -> Language.parse(v.strip())).map(Optional::of);
    }

    private static Optional<ThemeChoice> theme(String value) {
        try {
            return Optional.ofNullable(value).map(v -> ThemeChoice.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Copies the database's choices when the file says otherwise; a failure only costs the next start's speed. */
    void keep(Optional<Language> language, ThemeChoice theme) {
        if (read().equals(new Copied(Optional.of(language), Optional.of(theme)))) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(LANGUAGE, language.map(Language::code).orElse(SYSTEM));
        p.setProperty(THEME, theme.name().toLowerCase(Locale.ROOT));
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "A copy of the language and theme chosen in Nudge's Settings, read at start before the data opens");
                w.flush();
            });
        } catch (IOException e) {
            LOG.warning("Could not copy the language and theme choices to " + file + ": " + e.getMessage());
        }
    }

    /** The file's entries; none when it is missing or unreadable. */
    private Properties load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new Properties();
        } catch (IOException | IllegalArgumentException e) {
            LOG.info(() -> "Could not read " + file + " (" + e.getMessage() + "); asking the database");
            return new Properties();
        }
        return p;
    }
}
