package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.ServerCopy;
import app.nudge.store.Database;
import app.nudge.store.StoreCompaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The upkeep after the data opened, on the database thread, each step on its own (a failure is
 * logged and costs only that step): a file much larger than its data is compacted, today's backup
 * taken, and for a server this computer's copy of its data refreshed ({@link ServerCopy}: what a
 * start shows while the server cannot be reached).
 */
final class AfterOpen {

    private static final Logger LOG = Logger.getLogger(AfterOpen.class.getName());

    private AfterOpen() {
    }

    static void run(Database db) {
        if (db == null) {
            return;
        }
        try {
            if (StoreCompaction.compactIfDue(db)) { // before the backup, which copies the file
                LOG.info("The database file was compacted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compacting the database failed; the file stays as it was", e);
        }
        try {
            db.dailyBackup();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
        keepCopy(db);
    }

    /**
     * For a schema on a server that answers: writes this computer's copy of it (a whole export, in
     * one consistent read). Skipped when the server was found away: the previous copy stays.
     */
    static void keepCopy(Database db) {
        if (db == null || !db.path().isServer() || db.serverLink().map(link -> link.isLost()).orElse(false)) {
            return;
        }
        try {
            long start = System.nanoTime();
            new ServerCopy(db.path(), HolidayCalendars.shared()::isSupported).write(db);
            LOG.fine(() -> "Kept a copy of the server's data in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep a copy of the server's data; the previous one stays", e);
        }
    }
}
