package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.SchemaBackups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;

/**
 * The one way the app opens its data, at start, after a password was typed, and on a switch in
 * Settings → Data: the file or schema is opened (created when new) and, on a server, given its
 * daily JSON backups in this computer's folder for it (SchemaBackups).
 */
final class StoreOpening {

    private StoreOpening() {
    }

    /** @param password typed at connect time for a server, or null (then ~/.pgpass or PGPASSWORD) */
    static Database open(DatabasePath path, char[] password) {
        Database db = path.isServer() && password != null ? Database.openOnServer(path, password) : Database.openOrCreate(path);
        return SchemaBackups.attachTo(db, HolidayCalendars.shared()::isSupported);
    }
}
