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
