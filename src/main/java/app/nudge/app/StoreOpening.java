package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.SchemaBackups;
import app.nudge.store.CheckedContent;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ImportTransaction;
import app.nudge.store.WholeSearch;
import java.util.function.Consumer;

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

    /** As {@link #open} without a password, telling {@code firstLook} what the file holds as soon as it is read. */
    static Database openWithFirstLook(DatabasePath path, Consumer<CheckedContent> firstLook) {
        return SchemaBackups.attachTo(Database.openOrCreateWithFirstLook(path, firstLook), HolidayCalendars.shared()::isSupported);
    }

    /**
     * Copies {@code carried} (the search shown before a switch) into {@code opened} when it holds
     * nothing yet, in one transaction that checks that itself (another desktop may have written
     * meanwhile); says whether it did. A failure closes {@code opened}: nothing is shown half-filled.
     */
    static boolean bringInto(Database opened, WholeSearch carried) {
        if (carried == null || carried.isEmpty()) {
            return false;
        }
        try {
            return new ImportTransaction(opened).replaceEverything(carried, true);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }
}
