package app.nudge.app;

import app.nudge.common.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The server chosen in Settings → Data, kept for the next start in {@code location.properties} in
 * the user's data folder: outside the database, since it says which database to open. It holds
 * the address only (a password is never part of one: ServerAddress refuses it), is written whole
 * or not at all, and is readable by the user alone. {@code --db} on the command line wins over it.
 */
final class RememberedStore {

    static final String FILE_NAME = "location.properties";
    private static final String KEY = "server";
    private static final Logger LOG = Logger.getLogger(RememberedStore.class.getName());

    private final Path file;

    RememberedStore(Path dataFolder) {
        file = dataFolder.resolve(FILE_NAME);
    }

    /** The address remembered, or empty (none chosen, or the file unreadable: then this computer's file). */
    Optional<String> server() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warning("Could not read " + file + " (" + e.getMessage() + "); opening this computer's file");
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty(KEY)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Remembers {@code address} (as ServerAddress writes it: no password) for the next start. */
    void remember(String address) {
        Properties p = new Properties();
        p.setProperty(KEY, address);
        try {
            AtomicFiles.writePrivate(file, out -> {
                java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "The server Nudge opens at start (Settings > Data). No password is kept here.");
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remember the server in " + file, e);
        }
    }

    /** Back to this computer's file at the next start. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not forget the server in " + file, e);
        }
    }
}
