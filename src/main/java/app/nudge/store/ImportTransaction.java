package app.nudge.store;

import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import java.util.Collection;

/** Writes what an import brings, settings and applications, in one transaction: all or nothing. */
public final class ImportTransaction {

    private final Database db;

    public ImportTransaction(Database db) {
        this.db = db;
    }

    /** Stores the applications (replacing same ids) and, when not null, the settings. */
    public void store(Settings settings, Collection<Application> applications) {
        db.inTransaction(c -> {
            if (settings != null) {
                SettingsRepository.write(c, SettingsRepository.toMap(settings));
            }
            ApplicationRepository.insertAll(c, applications);
            return null;
        });
    }
}
