package app.nudge.store;

import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes what an import brings, settings and applications, all or nothing: in one transaction on a
 * copy of the file that replaces it only when complete ({@link Database#rewriteWhole}), so a kill
 * at any moment leaves all of the import or none of it, and all that was there before.
 */
public final class ImportTransaction {

    private final Database db;

    public ImportTransaction(Database db) {
        this.db = db;
    }

    /** What an import did: where, how many stored applications it replaced, and the backup taken before. */
    public record Imported(DatabasePath path, int replaced, Optional<Path> backupBefore) {
    }

    /**
     * Opens (or first creates) the database at {@code path} and stores the import in it. A database
     * that did not exist is created with the import already in it, so a kill leaves no database or
     * all of the import; never an empty database in its place. Into a database holding data, a
     * backup is taken first (an import replaces applications with the same ids).
     */
    public static Imported into(DatabasePath path, Settings settings, Collection<Application> applications) {
        return into(first -> Database.openOrCreate(path, first), settings, applications);
    }

    /** How an import opens its database: {@code firstContent} goes into one that does not exist yet. */
    @FunctionalInterface
    public interface Opening {
        Database open(Consumer<Database> firstContent);
    }

    /** As {@link #into(DatabasePath, Settings, Collection)}, opening through {@code opening} (a password asked, backups set). */
    public static Imported into(Opening opening, Settings settings, Collection<Application> applications) {
        try (Database db = opening.open(created -> new ImportTransaction(created).store(settings, applications))) {
            if (db.filledWhenCreated()) {
                return new Imported(db.path(), 0, Optional.empty());
            }
            Set<String> stored = db.read(ImportTransaction::storedIds);
            int replaced = (int) applications.stream().filter(a -> stored.contains(a.id())).count();
            Optional<Path> backup = stored.isEmpty() ? Optional.empty() : db.backupBeforeImport();
            new ImportTransaction(db).store(settings, applications);
            return new Imported(db.path(), replaced, backup);
        }
    }

    private static Set<String> storedIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM application"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * Puts {@code search} in place of everything stored (every application and every setting), in
     * one transaction, through a copy of a file: all of it, or the database as it was.
     *
     * @param onlyIntoEmpty refuse, writing nothing, when the database holds any application or setting
     *                      (checked inside the transaction: another desktop may have written meanwhile)
     * @return false when refused
     */
    public boolean replaceEverything(WholeSearch search, boolean onlyIntoEmpty) {
        try {
            return db.rewriteWhole(() -> db.inTransaction(c -> {
                if (onlyIntoEmpty && !WholeSearch.isEmpty(c)) {
                    throw new NotEmpty();
                }
                ApplicationRepository.deleteAll(c);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting")) {
                    ps.executeUpdate();
                }
                SettingsRepository.write(c, search.settings());
                ApplicationRowsWriter.insertAll(c, search.applications());
                return true;
            }));
        } catch (NotEmpty e) {
            return false;
        }
    }

    /** Unwinds the transaction (and a file's copy) when the target turned out not to be empty. */
    private static final class NotEmpty extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEmpty() {
            super(null, null, false, false);
        }
    }

    /** Stores the applications (replacing same ids) and, when not null, the settings. */
    public void store(Settings settings, Collection<Application> applications) {
        db.rewriteWhole(() -> db.inTransaction(c -> {
            if (settings != null) {
                SettingsRepository.write(c, SettingsRepository.toMap(settings));
            }
            ApplicationRowsWriter.insertAll(c, applications);
            if (settings != null) {
                ServerChanges.everything(db, c);
            } else {
                ServerChanges.applications(db, c, applications.stream().map(Application::id).toList());
            }
            return null;
        }));
    }
}
