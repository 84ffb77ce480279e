package app.nudge.store;

import app.nudge.common.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Where the migrations are and the newest schema they make; tests pass a broken set. */
    record Migrations(String location, int current) {
        static final Migrations BUILT_IN = new Migrations("classpath:db/migration", SchemaVersion.CURRENT);
    }

    private final DatabasePath path;
    private final Connection connection;

    Database(DatabasePath path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens the database, creating it (and its folder) if needed, and migrates it. */
    public static Database openOrCreate(DatabasePath path) {
        try {
            if (!Files.isDirectory(path.folder())) {
                OwnerOnly.createFolder(path.folder());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "Cannot create the data folder " + path.folder() + " ("
                    + e.getMessage() + "). Check that you may write there, or choose another file with --db.", e);
        }
        return open(path, false, Migrations.BUILT_IN);
    }

    /** Opens an existing database for a command that only reads; never creates one. */
    public static Database openExisting(DatabasePath path) {
        if (!path.exists()) {
            throw new StoreException(StoreException.Kind.MISSING,
                    "No Nudge database at " + path + ". Import a file first, or name another one with --db.", null);
        }
        return open(path, true, Migrations.BUILT_IN);
    }

    /**
     * Opens an existing database for a command that only reads: checked first (headers, chunks,
     * schema history, every table read in full) and opened with H2's read-only access, so no byte and
     * no mode of the file or its folder changes. A damaged file is refused with the way out; a schema
     * older than this Nudge's is not updated here (the app or an import does that).
     */
    public static Database openReadOnly(DatabasePath path) {
        if (!path.exists()) {
            throw new StoreException(StoreException.Kind.MISSING,
                    "No Nudge database at " + path + ". Import a file first, or name another one with --db.", null);
        }
        return ReadOnlyOpen.open(path, Migrations.BUILT_IN.current(), StoreContentCheck.Older.REFUSE);
    }

    static Database open(DatabasePath path, boolean mustExist, Migrations migrations) {
        if (path.exists()) {
            // Checked read-only first: a damaged file is refused and left as it is, never rewritten.
            ReadOnlyOpen.check(path, migrations.current());
        }
        Connection connection = connect(path, mustExist);
        try {
            migrate(path, connection, migrations);
            OwnerOnly.restrict(path.folder());
            OwnerOnly.restrict(path.file());
            return new Database(path, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static String url(DatabasePath path, boolean mustExist) {
        // WRITE_DELAY=0: a committed transaction is written before commit returns, so it survives
        // the process being killed (power loss can still cost about a second, in H2's own words).
        // TRACE_LEVEL_FILE=0: no nudge.trace.db; H2's trace would copy statements beside the data,
        // outside our log rules, and our own logs already record each failure's kind.
        return "jdbc:h2:file:" + path.base() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /** The way out of a damaged or half-updated database, for the command line and the app alike. */
    static String whatToDo(DatabasePath path) {
        return "Restore a backup (in the app: Restore latest backup; on the command line: nudge restore latest"
                + " --db " + path.base() + ") or choose another file with --db. The damaged file is left as it is.";
    }

    private static Connection connect(DatabasePath path, boolean mustExist) {
        try {
            return DriverManager.getConnection(url(path, mustExist), "sa", "");
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static void migrate(DatabasePath path, Connection connection, Migrations migrations) {
        OptionalInt installed = installedVersion(connection);
        if (installed.isPresent() && installed.getAsInt() > migrations.current()) {
            throw new StoreException(StoreException.Kind.TOO_NEW, "The database " + path
                    + " was written by a newer version of Nudge (schema " + installed.getAsInt()
                    + "; this version knows " + migrations.current() + "). Update Nudge to open it,"
                    + " or choose another file with --db.", null);
        }
        if (installed.isPresent() && installed.getAsInt() == migrations.current()) {
            return; // current: skip Flyway's classpath scan, which costs start-up time
        }
        // H2 has no transactional DDL: a failed migration can leave half a schema, so back up first.
        Path backup = installed.isPresent()
                ? new Backups(path).beforeMigration(connection, installed.getAsInt())
                : null;
        try {
            Flyway.configure()
                    .dataSource(url(path, false), "sa", "")
                    .locations(migrations.location())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            String first = h2Detail(e);
            if (backup == null) {
                throw new StoreException(StoreException.Kind.FAILED, "Creating the database " + path + " failed: " + first, e);
            }
            throw new StoreException(StoreException.Kind.DAMAGED, "Updating the database " + path + " from schema "
                    + installed.getAsInt() + " failed (" + first + "); it may be half updated. A backup taken just before is "
                    + backup + ". " + whatToDo(path), e);
        }
    }

    /** Takes today's backup unless there is one (the app calls it after start-up, on the database thread). */
    public java.util.Optional<Path> dailyBackup() {
        return new Backups(path).dailyIfDue(connection);
    }

    /** Takes a backup before an import (on the database thread); returns its file. */
    public Path backupBeforeImport() {
        return new Backups(path).beforeImport(connection);
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
                    "Cannot read the schema version of the database (" + h2Detail(e)
                    + "). Restore a backup or choose another file with --db.", e);
        }
    }

    static StoreException translate(DatabasePath path, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Kind.IN_USE,
                    "Nudge is open with this data (" + path + "): close it, or run the command with --db on a copy.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreException(StoreException.Kind.MISSING, "No Nudge database at " + path
                            + ". Import a file first, or name another one with --db.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new StoreException(StoreException.Kind.DAMAGED, "The database " + path
                            + " is damaged and cannot be opened (" + h2Detail(e) + "). " + whatToDo(path), e);
            default -> new StoreException(StoreException.Kind.FAILED, "Cannot open the database " + path + " ("
                    + h2Detail(e) + "). Check that you may read and write its folder,"
                    + " or choose another file with --db.", e);
        };
    }

    /**
     * The library's first message line in words a user may see: without its "Possible solution: use
     * the recovery tool" advice (a developer tool; restoring a backup is the way out we offer), its
     * statement and its error code ("[90030-252]"). The full text stays in the cause, for the log.
     */
    static String h2Detail(Throwable e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return first.replaceAll("\\s*Possible solution:[^\\[]*", " ")
                .replaceAll(";?\\s*SQL statement:.*", "")
                .replaceAll("\\s*\\[\\d+-\\d+]", "")
                .strip();
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
            throw new StoreException(StoreException.Kind.FAILED, "A database change failed and was undone; nothing was stored. The details are in Nudge's log.", e);
        }
    }

    /** Runs a read. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.FAILED, "Reading the database failed. The details are in Nudge's log.", e);
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
