package app.nudge.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads of several statements (an application is read from five tables) that see one state of the
 * data. On a server another computer may commit between two statements: in PostgreSQL's default
 * READ COMMITTED each statement has its own snapshot, so the events could be read after a change
 * and the application row before it, a mix that matches no stored state (and fails its check as
 * if damaged). A REPEATABLE READ transaction reads everything from one snapshot. An H2 file has
 * one connection, in this process alone: nothing can commit in between, so it reads as it always did.
 */
final class ConsistentRead {

    private ConsistentRead() {
    }

    static <T> T read(Database db, Database.SqlWork<T> work) {
        if (!db.path().isServer()) {
            return db.read(work);
        }
        return db.read(c -> {
            if (!c.getAutoCommit()) {
                return work.run(c); // inside a caller's transaction: its snapshot rules
            }
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        });
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
