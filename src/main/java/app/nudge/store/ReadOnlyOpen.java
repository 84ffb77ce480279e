package app.nudge.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens an existing database so that not one byte or mode of it changes: first the file's headers and
 * chunks are checked with plain reads ({@link StoreFileCheck}), then H2 opens it with
 * {@code ACCESS_MODE_DATA=r} (opening read-write changes the file even when nothing is written) and
 * the schema and every table are read in full ({@link StoreContentCheck}). Read-only commands keep
 * the connection; a writable open runs the same checks first and opens for writing only after.
 */
final class ReadOnlyOpen {

    private ReadOnlyOpen() {
    }

    /** A checked read-only connection; throws {@link StoreException} (DAMAGED with the way out, ...). */
    static Connection open(DatabasePath path, int current, StoreContentCheck.Older older) {
        StoreFileCheck.verify(path);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(path), "sa", "");
        } catch (SQLException e) {
            throw Database.translate(path, e);
        }
        try {
            StoreContentCheck.verify(connection, path, current, older);
            return connection;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Runs every check of {@link #open} and closes again: before a file is opened for writing. */
    static void check(DatabasePath path, int current) {
        closeQuietly(open(path, current, StoreContentCheck.Older.MIGRATE));
    }

    static String url(DatabasePath path) {
        return Database.url(path, true) + ";ACCESS_MODE_DATA=r";
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written: closing a read-only connection loses nothing
        }
    }
}
