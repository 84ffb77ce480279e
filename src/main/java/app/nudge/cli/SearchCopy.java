package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ImportTransaction;
import app.nudge.store.ServerAddress;
import app.nudge.store.WholeSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a whole search into its target for {@code nudge copy}: a new file is built complete before
 * it gets its name; an existing file or schema gets it in one transaction (a file through a copy
 * that replaces it only when complete). A target holding anything is refused unless asked to
 * replace it, and then backed up first. An existing file is looked at read-only first, so a
 * refusal leaves it byte for byte as it was.
 */
final class SearchCopy {

    /** Names of this computer that one server may be reached by. */
    private static final Set<String> THIS_COMPUTER = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /**
     * @param refusedBecauseHeld what the target holds, in words, when it was refused; else null
     * @param backupOfReplaced   the backup of what a replaced target held
     */
    record Copied(String refusedBecauseHeld, Optional<Path> backupOfReplaced) {
    }

    private final CliContext context;

    SearchCopy(CliContext context) {
        this.context = context;
    }

    Copied into(DatabasePath to, WholeSearch search, boolean replace) {
        if (!to.isServer() && to.exists()) {
            WholeSearch held;
            try (Database target = context.openReadOnly(to)) {
                held = WholeSearch.readFrom(target);
            }
            if (!held.isEmpty() && !replace) {
                return new Copied(words(held), Optional.empty());
            }
        }
        // A new file gets the search before it is named; a server's new schema is empty, then written in one transaction.
        java.util.function.Consumer<Database> first = to.isServer() ? null
                : created -> new ImportTransaction(created).replaceEverything(search, false);
        try (Database target = context.openOrCreate(to, first)) {
            if (target.filledWhenCreated()) {
                return new Copied(null, Optional.empty());
            }
            WholeSearch held = WholeSearch.readFrom(target);
            if (!held.isEmpty() && !replace) {
                return new Copied(words(held), Optional.empty());
            }
            Optional<Path> backup = held.isEmpty() ? Optional.empty() : target.backupBeforeImport();
            if (!new ImportTransaction(target).replaceEverything(search, !replace)) {
                // Another desktop wrote into the schema after it was looked at: nothing was written.
                return new Copied(Texts.t("cli.copy.writtenMeanwhile"), Optional.empty());
            }
            return new Copied(null, backup);
        }
    }

    private static String words(WholeSearch held) {
        int count = held.applications().size();
        return count == 0 ? Texts.t("cli.copy.settings") : Texts.current().count("common.applications", count);
    }

    /** Whether two locations name the same search: one file (however its path is written), or one schema of one server. */
    static boolean samePlace(DatabasePath a, DatabasePath b) {
        if (a.isServer() != b.isServer()) {
            return false;
        }
        if (a.isServer()) {
            ServerAddress x = a.server();
            ServerAddress y = b.server();
            return sameHost(x.host(), y.host()) && x.port() == y.port() && x.database().equals(y.database())
                    && x.schema().equals(y.schema());
        }
        return realFile(a).equals(realFile(b));
    }

    private static boolean sameHost(String x, String y) {
        String a = x.toLowerCase(Locale.ROOT);
        String b = y.toLowerCase(Locale.ROOT);
        return a.equals(b) || THIS_COMPUTER.contains(a) && THIS_COMPUTER.contains(b);
    }

    private static Path realFile(DatabasePath path) {
        try {
            return Files.exists(path.file()) ? path.file().toRealPath() : path.file();
        } catch (IOException e) {
            return path.file();
        }
    }
}
