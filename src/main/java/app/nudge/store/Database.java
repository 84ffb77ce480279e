package app.nudge.store;

import app.nudge.i18n.Texts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;

/**
 * One open H2 file database, migrated to {@link SchemaVersion#CURRENT}. Holds a single connection:
 * use it from one thread at a time (the app's database thread). Close it to release the file.
 */
public final class Database implements AutoCloseable {

    private final DatabasePath path;
    /** Replaced while {@link #rewriteWhole} works on a copy, and by the reopened file after it. */
    private volatile Connection connection;
    private boolean rewriting;
    private boolean filledWhenCreated;
    private CheckedContent checked;
    private SwapWrite.Steps swapSteps = SwapWrite.Steps.NONE;
    private ServerBackups serverBackups = ServerBackups.NONE;
    /** On a server: the way back after an outage (null for a file). */
    private final ServerLink link;
    /** A read-only stand-in (a copy shown while the server is away): each change is refused with this line. */
    private volatile String changesRefused;

    Database(DatabasePath path, Connection connection) {
        this(path, connection, null);
    }

    Database(DatabasePath path, Connection connection, ServerLink link) {
        this.path = path;
        this.connection = connection;
        this.link = link;
    }

    /**
     * What the check before this open read (every application and setting, when the schema was
     * already current), handed out once and only before anything else is read or written: the first
     * plan is made from it instead of reading it all again. Nothing writes between that read and
     * this open (the open is the first writer).
     */
    public java.util.Optional<CheckedContent> takeCheckedContent() {
        CheckedContent read = checked;
        checked = null;
        return java.util.Optional.ofNullable(read);
    }

    void keepChecked(CheckedContent read) {
        checked = read;
    }

    /** On a server, its link across outages (see {@link ServerLink}); empty for a file. */
    public java.util.Optional<ServerLink> serverLink() {
        return java.util.Optional.ofNullable(link);
    }

    /**
     * Opens the database for writing, creating it (and its folder) if needed, and migrates it. A
     * file the user cannot write is refused before anything is written; temporaries a killed run
     * left beside it are deleted.
     */
    public static Database openOrCreate(DatabasePath path) {
        return open(path, false, Migrations.BUILT_IN, null, ReadOnlyOpen.NO_FIRST_LOOK);
    }

    /**
     * As {@link #openOrCreate(DatabasePath)}; {@code firstLook} gets (on this thread) every application and
     * setting of a file of the current schema as soon as the check has read them, before the check reads
     * every table and index in full and before the file is opened for writing: to be shown meanwhile,
     * never changed from, as the open may still fail. A file of an older schema and a server give none.
     */
    public static Database openOrCreateWithFirstLook(DatabasePath path, Consumer<CheckedContent> firstLook) {
        return open(path, false, Migrations.BUILT_IN, null, firstLook);
    }

    /**
     * As {@link #openOrCreate(DatabasePath)}; when there is no database yet, {@code firstContent} is
     * written into the new one before it gets its name, so a kill leaves no database or all of it,
     * never an empty one (see {@link #filledWhenCreated}).
     */
    public static Database openOrCreate(DatabasePath path, Consumer<Database> firstContent) {
        return open(path, false, Migrations.BUILT_IN, firstContent, ReadOnlyOpen.NO_FIRST_LOOK);
    }

    /** Whether this database was created by this open with its first content already in it. */
    public boolean filledWhenCreated() {
        return filledWhenCreated;
    }

    /** Refuses, before anything is read or written, a database the user cannot write (a command that will write asks first). */
    public static void requireWritable(DatabasePath path) {
        if (path.isServer()) {
            return; // the server says whether this user may write, at the write
        }
        DatabaseFiles.requireWritable(path);
    }

    /** Opens an existing database for a command that only reads; never creates one. */
    public static Database openExisting(DatabasePath path) {
        if (path.isServer()) {
            return ServerOpen.open(path, Migrations.BUILT_IN, false, false, null);
        }
        if (!path.exists()) {
            throw MissingSearch.at(path, "--db");
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
        if (path.isServer()) {
            return ServerOpen.open(path, Migrations.BUILT_IN, false, true, null);
        }
        if (!path.exists()) {
            throw MissingSearch.at(path, "--db");
        }
        return ReadOnlyOpen.open(path, Migrations.BUILT_IN.current(), StoreContentCheck.Older.REFUSE);
    }

    /** As {@link #openReadOnly(DatabasePath)}, {@link #openExisting(DatabasePath)}, {@link #openOrCreate(DatabasePath,
     * Consumer)}, with a password typed at connect time: for a server only (a file has none), never kept. */
    public static Database openReadOnly(DatabasePath path, char[] password) {
        return path.isServer() ? ServerOpen.open(path, Migrations.BUILT_IN, false, true, password) : openReadOnly(path);
    }

    /** See {@link #openReadOnly(DatabasePath, char[])}. */
    public static Database openExisting(DatabasePath path, char[] password) {
        return path.isServer() ? ServerOpen.open(path, Migrations.BUILT_IN, false, false, password) : openExisting(path);
    }

    /** See {@link #openReadOnly(DatabasePath, char[])}. */
    public static Database openOrCreate(DatabasePath path, Consumer<Database> firstContent, char[] password) {
        return path.isServer() ? openOnServer(path, false, Migrations.BUILT_IN, firstContent, password)
                : open(path, false, Migrations.BUILT_IN, firstContent, ReadOnlyOpen.NO_FIRST_LOOK);
    }

    static Database open(DatabasePath path, boolean mustExist, Migrations migrations) {
        return open(path, mustExist, migrations, null, ReadOnlyOpen.NO_FIRST_LOOK);
    }

    private static Database open(DatabasePath path, boolean mustExist, Migrations migrations, Consumer<Database> firstContent,
                                 Consumer<CheckedContent> firstLook) {
        if (path.isServer()) {
            return openOnServer(path, mustExist, migrations, firstContent, null);
        }
        path.refuseFolder();
        boolean filled = !mustExist && DatabaseFiles.prepareForWriting(path, migrations, firstContent);
        // Checked read-only first: a damaged file is refused and left as it is, never rewritten.
        CheckedContent read = path.exists() ? ReadOnlyOpen.check(path, migrations.current(), firstLook) : null;
        Connection connection = H2Files.connect(path, true);
        try {
            Database db = new Database(path, SchemaMigration.migrate(migrations, path, connection));
            db.filledWhenCreated = filled;
            db.checked = read;
            return db;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens (creating when allowed) the schema on the server with {@code password}, or without one
     * (~/.pgpass, PGPASSWORD). {@code firstContent} goes into a new, empty schema in one transaction:
     * another computer sees no search or all of it.
     */
    public static Database openOnServer(DatabasePath path, char[] password) {
        return openOnServer(path, false, Migrations.BUILT_IN, null, password);
    }

    private static Database openOnServer(DatabasePath path, boolean mustExist, Migrations migrations,
                                         Consumer<Database> firstContent, char[] password) {
        Database db = ServerOpen.open(path, migrations, !mustExist, false, password);
        db.filledWhenCreated = ServerOpen.fillIfEmpty(db, firstContent);
        return db;
    }

    /** A database still being built under a temporary name: a large write runs on it directly, no copy needed. */
    static Database building(DatabasePath path, Connection onTemporary) {
        Database db = new Database(path, onTemporary);
        db.rewriting = true;
        return db;
    }

    /** The way out of a damaged or half-updated database, for the command line and the app alike. */
    static String whatToDo(DatabasePath path) {
        return H2OpenFailures.whatToDo(path);
    }

    /** Takes today's backup unless there is one (the app calls it after start-up, on the database thread). */
    public java.util.Optional<Path> dailyBackup() {
        if (path.isServer()) {
            return serverBackups.daily(this);
        }
        return new Backups(path).dailyIfDue(connection());
    }

    /** Takes a backup before an import (on the database thread); returns its file, if one was taken. */
    public java.util.Optional<Path> backupBeforeImport() {
        if (path.isServer()) {
            return serverBackups.beforeImport(this);
        }
        return java.util.Optional.of(new Backups(path).beforeImport(connection()));
    }

    /** How a schema on a server is backed up: a JSON export into the local folder (exchange format); none until set. */
    public void useServerBackups(ServerBackups backups) {
        this.serverBackups = backups;
    }

    static StoreException translate(DatabasePath path, SQLException e) {
        return H2OpenFailures.translate(path, e);
    }

    /**
     * A failure of the library in our own words, chosen from its error code (H2Problems): never H2's
     * or Flyway's text, which carries statements, error codes and developer advice. The full failure
     * goes to the log.
     */
    static String h2Detail(Throwable e) {
        return H2Problems.words("in the database", e);
    }

    public DatabasePath path() {
        return path;
    }

    /** The connection, for the repositories in this package: the copy's while {@link #rewriteWhole} works. */
    Connection connection() {
        Connection current = connection;
        if (link != null && current != null) {
            current = link.inUse(current); // a new connection made after an outage replaces the broken one
            connection = current;
        }
        if (current == null) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.notOpen", "path", path), null);
        }
        return current;
    }

    /**
     * Runs {@code work} (on the database thread) with this database pointing at a copy of its file,
     * and puts the copy in place of the file when the work returns; when it throws, or anything
     * fails before the swap, the file is left exactly as it was. For large writes (imports, the undo
     * of one): see {@link SwapWrite} for why. Refused as open elsewhere when another process or
     * connection holds the file. A call inside another one just runs the work (on the same copy).
     */
    public <T> T rewriteWhole(java.util.function.Supplier<T> work) {
        if (rewriting || path.isServer()) {
            // On a server one transaction is already all-or-nothing after a crash: no copy needed.
            return work.get();
        }
        closeQuietly(connection);
        connection = null;
        rewriting = true;
        RuntimeException failure = null;
        try {
            return SwapWrite.run(path, swapSteps, copy -> {
                connection = H2Files.connect(path, copy, true);
                try {
                    return work.get();
                } finally {
                    Connection onCopy = connection;
                    connection = null;
                    closeQuietly(onCopy);
                }
            });
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            rewriting = false;
            reopen(failure);
        }
    }

    /** After a swap, or a refused one: the file (new or untouched) is opened again. */
    private void reopen(RuntimeException failure) {
        try {
            connection = H2Files.connect(path, true);
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** For tests: what happens at each step of a {@link #rewriteWhole}. */
    void onSwapSteps(SwapWrite.Steps steps) {
        this.swapSteps = steps;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (changesRefused != null) { // every write goes through here (rewriteWhole wraps one)
            throw new StoreException(StoreException.Kind.OFFLINE, changesRefused, null);
        }
        checked = null; // stale once anything is written
        Connection connection = connection();
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
            throw changeFailed(e);
        }
    }

    /** Runs a read. */
    public <T> T read(SqlWork<T> work) {
        checked = null; // whoever reads now reads for themselves: not kept for nothing
        Connection connection = connection();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            if (path.isServer()) {
                throw serverFailed(ServerOpen.translate(path, e));
            }
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.readFailed", "path", path,
                    "reason", H2Problems.words("reading " + path, e), "base", path.base()), e);
        }
    }

    /** A change that failed and was rolled back, worded from its kind (a read-only file...). */
    private StoreException changeFailed(SQLException e) {
        if (path.isServer()) {
            StoreException problem = serverFailed(ServerOpen.translate(path, e));
            // The server away: its one line already says nothing was changed.
            return problem.kind() == StoreException.Kind.OFFLINE ? problem : new StoreException(problem.kind(),
                    Texts.t("store.changeUndone", "problem", problem.getMessage()), e);
        }
        String what = H2Problems.words("changing " + path, e);
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StoreException(StoreException.Kind.FAILED, Texts.t("store.changeUndoneReadOnly", "path", path), e);
        }
        return new StoreException(StoreException.Kind.FAILED, Texts.t("store.changeUndoneBecause", "path", path, "reason", what), e);
    }

    /** A server found away: the link reconnects (off this thread) before the next use. */
    private StoreException serverFailed(StoreException problem) {
        if (problem.kind() == StoreException.Kind.OFFLINE && link != null) {
            link.lost();
        }
        return problem;
    }

    /** From now on each change is refused with {@code why} (kind OFFLINE): this is a read-only stand-in. */
    public void refuseChanges(String why) {
        changesRefused = why;
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        Connection open = connection;
        connection = null;
        closeQuietly(open);
        if (link != null) {
            link.close();
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort: the committed data is already on disk
        }
    }
}
