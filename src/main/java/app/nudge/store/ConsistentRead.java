package app.nudge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Reads that must all see the search at one moment: one application (read from five tables), an
 * export, a backup, the source of a copy. On a server another desktop may commit between two of the
 * queries; in PostgreSQL's default READ COMMITTED each statement has its own snapshot, so the events
 * could be read after a change and the application row before it, a mix that matches no stored
 * state (and fails its check as if damaged). They run in one REPEATABLE READ transaction, which
 * sees one snapshot throughout. A file has one connection, in this process alone: its reads agree.
 */
public final class ConsistentRead {

    private ConsistentRead() {
    }

    /** One piece of JDBC work on one snapshot (the repository's reads). */
    static <T> T read(Database db, Database.SqlWork<T> work) {
        return of(db, () -> db.read(work));
    }

    /** Runs {@code reads} (which use {@code db}'s repositories) on one snapshot of the search. */
    public static <T> T of(Database db, Supplier<T> reads) {
        if (!db.path().isServer()) {
            return reads.get();
        }
        Connection c = db.connection();
        try {
            if (!c.getAutoCommit()) {
                return reads.get(); // inside the caller's transaction already: it decides what the reads see
            }
            int isolation = c.getTransactionIsolation();
            // Set before the transaction's first statement: the driver refuses it later.
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                T result = reads.get();
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw ServerOpen.translate(db.path(), e);
        }
    }
}
