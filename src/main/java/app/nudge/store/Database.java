package app.nudge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;

/**
 * One open H2 file database, migrated to {@link SchemaVersion#CURRENT}. Holds a single connection:
 * use it from one thread at a time (the app's database thread). Close it to release the file.
 */
public final class Database implements AutoCloseable {

    private final DatabasePath path;
    private final Connection connection;

    private Database(DatabasePath path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens the database, creating it (and its folder) if needed, and migrates it. */
    public static Database openOrCreate(DatabasePath path) {
        try {
            Files.createDirectories(path.folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED,
                    "Cannot create the data folder " + path.folder() + ": " + e.getMessage(), e);
        }
        return open(path, false);
    }

    /** Opens an existing database for a command that only reads; never creates one. */
    public static Database openExisting(DatabasePath path) {
        if (!path.exists()) {
            throw new StoreException(StoreException.Kind.MISSING,
                    "No Nudge database at " + path + ". Import a file first, or name another one with --db.", null);
        }
        return open(path, true);
    }

    private static Database open(DatabasePath path, boolean mustExist) {
        Connection connection = connect(path, mustExist);
        try {
            migrate(path, connection);
            return new Database(path, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static String url(DatabasePath path, boolean mustExist) {
        // WRITE_DELAY=0: a committed transaction is written before commit returns, so it survives
        // the process being killed (power loss can still cost about a second, in H2's own words).
        return "jdbc:h2:file:" + path.base() + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static Connection connect(DatabasePath path, boolean mustExist) {
        try {
            return DriverManager.getConnection(url(path, mustExist), "sa", "");
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static void migrate(DatabasePath path, Connection connection) {
        OptionalInt installed = installedVersion(connection);
        if (installed.isPresent() && installed.getAsInt() > SchemaVersion.CURRENT) {
            throw new StoreException(StoreException.Kind.TOO_NEW, "The database " + path
                    + " was written by a newer version of Nudge (schema " + installed.getAsInt()
                    + "; this version knows " + SchemaVersion.CURRENT + "). Update Nudge to open it.", null);
        }
        if (installed.isPresent() && installed.getAsInt() == SchemaVersion.CURRENT) {
            return; // current: skip Flyway's classpath scan, which costs start-up time
        }
        try {
            Flyway.configure()
                    .dataSource(url(path, false), "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Kind.FAILED,
                    "Updating the database " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** The latest successfully applied migration, or empty for a database Flyway has never seen. */
    static OptionalInt installedVersion(Connection connection) {
        try (Statement st = connection.createStatement()) {
            try (ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return OptionalInt.empty();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
                int max = -1;
                while (rs.next()) {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                }
                return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
            }
        } catch (SQLException | NumberFormatException e) {
            throw new StoreException(StoreException.Kind.DAMAGED,
                    "Cannot read the schema version of the database: " + e.getMessage(), e);
        }
    }

    static StoreException translate(DatabasePath path, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Kind.IN_USE,
                    "Nudge is already open with the data in " + path + ". Close it first, or use that window.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreException(StoreException.Kind.MISSING, "No Nudge database at " + path
                            + ". Import a file first, or name another one with --db.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new StoreException(StoreException.Kind.DAMAGED, "The database " + path
                            + " is damaged and cannot be opened (" + e.getMessage().lines().findFirst().orElse("")
                            + "). Restore a backup or choose another file; the damaged file is left as it is.", e);
            default -> new StoreException(StoreException.Kind.FAILED,
                    "Cannot open the database " + path + ": " + e.getMessage(), e);
        };
    }

    public DatabasePath path() {
        return path;
    }

    /** The connection, for the repositories in this package. */
    Connection connection() {
        return connection;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.FAILED, "A database change failed and was undone: " + e.getMessage(), e);
        }
    }

    /** Runs a read. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.FAILED, "Reading the database failed: " + e.getMessage(), e);
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort: the committed data is already on disk
        }
    }
}
