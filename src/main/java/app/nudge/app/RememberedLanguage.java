package app.nudge.app;

import app.nudge.common.AtomicFiles;
import app.nudge.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The window's language as chosen in Settings, copied into {@code language.properties} beside the
 * data so that a start can speak it without waiting for the database to open (with 10,000
 * applications that wait was a second of every start). The database stays the truth: the copy is
 * brought in line whenever the database is open (at start and at close), so a choice made in
 * Settings, by an import or on another computer's server reaches the file for the next start,
 * which is when a change of language applies anyway. Disk work: never on the JavaFX thread.
 */
final class RememberedLanguage {

    static final String FILE_NAME = "language.properties";
    private static final String KEY = "language";
    /** Written for "System": the choice is known to be none (unlike a missing file). */
    private static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(RememberedLanguage.class.getName());

    private final Path file;

    RememberedLanguage(Path dataFolder) {
        file = dataFolder.resolve(FILE_NAME);
    }

    /**
     * The choice last copied: empty when there is no copy (a first start, or one after an update)
     * or it cannot be read; then the database has to be asked. Inside, empty means "the system's".
     */
    Optional<Optional<Language>> choice() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.info(() -> "Could not read " + file + " (" + e.getMessage() + "); asking the database");
            return Optional.empty();
        }
        String value = p.getProperty(KEY, "").strip();
        if (value.equals(SYSTEM)) {
            return Optional.of(Optional.empty());
        }
        // An unknown value (a damaged file, a newer version's language): the database knows.
        return Language.parse(value).map(Optional::of);
    }

    /** Copies {@code chosen} (the database's) when the file says otherwise; a failure only costs the next start's speed. */
    void keep(Optional<Language> chosen) {
        if (choice().equals(Optional.of(chosen))) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(KEY, chosen.map(Language::code).orElse(SYSTEM));
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "A copy of the language chosen in Nudge's Settings, read at start before the data opens");
                w.flush();
            });
        } catch (IOException e) {
            LOG.warning("Could not copy the language choice to " + file + ": " + e.getMessage());
        }
    }
}
