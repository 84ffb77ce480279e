package app.nudge.store;

import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import java.util.Collection;

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

    /**
     * Opens (or first creates) the database at {@code path} and stores the import in it. A database
     * that did not exist is created with the import already in it, so a kill leaves no database or
     * all of the import; never an empty database in its place.
     *
     * @return where it was stored
     */
    public static DatabasePath into(DatabasePath path, Settings settings, Collection<Application> applications) {
        try (Database db = Database.openOrCreate(path, created -> new ImportTransaction(created).store(settings, applications))) {
            if (!db.filledWhenCreated()) {
                new ImportTransaction(db).store(settings, applications);
            }
            return db.path();
        }
    }

    /** Stores the applications (replacing same ids) and, when not null, the settings. */
    public void store(Settings settings, Collection<Application> applications) {
        db.rewriteWhole(() -> db.inTransaction(c -> {
            if (settings != null) {
                SettingsRepository.write(c, SettingsRepository.toMap(settings));
            }
            ApplicationRepository.insertAll(c, applications);
            return null;
        }));
    }
}
