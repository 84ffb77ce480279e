package app.nudge.app;

import app.nudge.common.ErrorMessages;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreCompaction;
import app.nudge.store.StoreException;
import app.nudge.store.UnusableDatabasePath;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which data file the window shows, and every way to change it: opening at start, restoring a
 * backup, and the ways out of a file that does not open (restore the latest backup, choose
 * another file, quit). Database work runs on the database thread and the outcome is reported on
 * the UI executor; the questions go through {@link Prompts}, which tests answer themselves.
 *
 * <p>The single-instance lock follows the file: choosing another file takes that file's lock (or
 * finds it open in another window) and only then lets the first one go. A schema on a server takes
 * no lock: several windows, on one computer or many, may use one schema at once.
 */
final class DataSession {

    private static final Logger LOG = Logger.getLogger(DataSession.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    /** What the session asks the user. */
    interface Prompts {
        DatabaseProblemDialog.Choice askProblem(StoreException problem, boolean backupExists);

        /** Another data file, or empty when the user cancels. */
        Optional<Path> chooseFile(Path folder);

        /**
         * The password for {@code server} after it asked for one ({@code why}: the one-line
         * problem), or empty when the user cancels. The session wipes the array after connecting.
         */
        default Optional<char[]> askPassword(String server, String why) {
            return Optional.empty();
        }
    }

    /** What the session tells the window (on the UI executor). */
    interface Listener {
        /** The file at {@code path} is open; {@code first} for the first file of this run. */
        void opened(DatabasePath path, boolean first);

        /** Something keeps the data from showing, in words for the user. */
        void problem(String message);

        /** Something went well that the user should know about. */
        void notice(String title, String message);

        /** The user chose to quit. */
        void quit();
    }

    private final Executor databaseThread;
    private final Executor ui;
    private final Function<DatabasePath, InstanceLock.Result> locks;
    private final Prompts prompts;
    private final Listener listener;
    private final Runnable onShowRequest;
    private volatile Database database;
    private volatile DatabasePath path;
    private volatile InstanceLock lock;
    private boolean opened;

    /**
     * @param lock the lock this launch already holds for its first file (null when unavailable)
     * @param locks takes the lock of another file
     * @param onShowRequest what a second launch on the same file asks for: the window in front
     */
    DataSession(Executor databaseThread, Executor ui, InstanceLock lock, Function<DatabasePath, InstanceLock.Result> locks,
            Prompts prompts, Listener listener, Runnable onShowRequest) {
        this.databaseThread = databaseThread;
        this.ui = ui;
        this.lock = lock;
        this.locks = locks;
        this.prompts = prompts;
        this.listener = listener;
        this.onShowRequest = onShowRequest;
        if (lock != null) {
            lock.onShow(onShowRequest);
        }
    }

    /** The open database; throws while none is (before the first open, during a restore). */
    Database database() {
        Database db = database;
        if (db == null) {
            // Written for the user: a change tried while a restore runs is refused with this line.
            throw new StoreException(StoreException.Kind.FAILED,
                    "Your data is not open at the moment (a restore may be running); nothing was changed. Try again.", null);
        }
        return db;
    }

    /** Where the data shown now is (or is being opened from). */
    DatabasePath path() {
        return path;
    }

    /** The backups of the file shown now. */
    Backups backups() {
        return new Backups(path);
    }

    /** Opens {@code file}; a problem is answered through the prompts. */
    void open(DatabasePath file) {
        openAfter(file, () -> null);
    }

    /** Closes the database, restores {@code backup} (the current state is kept first), reopens. */
    void restore(Backups.Backup backup) {
        DatabasePath file = path;
        openAfter(file, () -> {
            closeDatabase();
            return restoredNotice(new Backups(file).restore(backup));
        });
    }

    private static String restoredNotice(Backups.Restored restored) {
        String taken = "Restored the backup taken " + WHEN.format(restored.from().taken()) + ".";
        if (restored.previousStateBackup().isPresent()) {
            return taken + " The data it replaced was kept as a backup, so you can go back.";
        }
        return restored.damagedFileMovedTo()
                .map(aside -> taken + " The damaged file was kept as " + aside.getFileName() + ".")
                .orElse(taken);
    }

    /** Takes over a database that was already opening (at start-up), and reports as {@link #open} does. */
    void adopt(DatabasePath file, CompletableFuture<Database> opening) {
        path = file;
        report(file, opening.thenApply(db -> {
            database = db;
            return null;
        }));
    }

    /**
     * Runs {@code before} (a restore, answering what to tell the user, or null) on the database
     * thread, then opens {@code file} and reports on the UI executor.
     */
    private void openAfter(DatabasePath file, Supplier<String> before) {
        path = file;
        report(file, CompletableFuture.supplyAsync(() -> {
            // A failed restore changes nothing (Backups checks first): reopen what is there and say so.
            Object outcome;
            try {
                outcome = before.get();
            } catch (RuntimeException e) {
                outcome = e;
            }
            database = StoreOpening.open(file, null);
            return outcome;
        }, databaseThread));
    }

    /** On the UI executor: the window learns the file is open (and how a restore went), or the way out is offered. */
    private void report(DatabasePath file, CompletableFuture<Object> done) {
        done.whenCompleteAsync((outcome, error) -> {
            if (error == null) {
                boolean first = !opened;
                opened = true;
                listener.opened(file, first);
                if (outcome instanceof RuntimeException restoreProblem) {
                    LOG.log(Level.WARNING, "A restore failed", restoreProblem);
                    listener.problem(restoreProblem instanceof StoreException ? ErrorMessages.of(restoreProblem)
                            : "The restore failed: " + ErrorMessages.of(restoreProblem));
                } else if (outcome instanceof String notice) {
                    listener.notice("Backup restored", notice);
                }
                databaseThread.execute(this::compactIfDue); // before the backup, which copies the file
                databaseThread.execute(this::dailyBackup);
            } else {
                Throwable cause = ErrorMessages.unwrap(error);
                LOG.log(Level.WARNING, "Opening the database failed", cause);
                if (cause instanceof StoreException problem && problem.kind() == StoreException.Kind.NEEDS_PASSWORD
                        && file.isServer()) {
                    askPasswordThenOpen(file, problem);
                } else if (cause instanceof StoreException problem && problem.kind() != StoreException.Kind.IN_USE) {
                    offerWayOut(file, problem);
                } else {
                    listener.problem(cause instanceof StoreException ? ErrorMessages.of(cause)
                            : "Cannot open the database: " + ErrorMessages.of(cause));
                }
            }
        }, ui);
    }

    /**
     * The server wants a password that ~/.pgpass and PGPASSWORD did not give: ask for it and open
     * again with it (a wrong one asks again); cancelling offers the usual ways out.
     */
    private void askPasswordThenOpen(DatabasePath file, StoreException problem) {
        Optional<char[]> typed = prompts.askPassword(file.toString(), problem.getMessage());
        if (typed.isEmpty()) {
            offerWayOut(file, problem);
            return;
        }
        char[] password = typed.get();
        path = file;
        report(file, CompletableFuture.supplyAsync(() -> {
            try {
                database = StoreOpening.open(file, password);
                return null;
            } finally {
                app.nudge.common.Passwords.wipe(password); // forgotten once used
            }
        }, databaseThread));
    }

    /** Looks for the latest backup (on the database thread: it lists files), then asks. */
    private void offerWayOut(DatabasePath file, StoreException problem) {
        CompletableFuture.supplyAsync(() -> latestBackup(file), databaseThread)
                .thenAcceptAsync(latest -> answer(file, problem, latest), ui);
    }

    private static Optional<Backups.Backup> latestBackup(DatabasePath file) {
        if (file.isServer()) {
            return Optional.empty(); // a file backup cannot stand in for a server's schema
        }
        try {
            return new Backups(file).latest();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot list the backups", e);
            return Optional.empty(); // the dialog then offers another file or quitting
        }
    }

    private void answer(DatabasePath file, StoreException problem, Optional<Backups.Backup> latest) {
        switch (prompts.askProblem(problem, latest.isPresent())) {
            case RESTORE_LATEST -> latest.ifPresentOrElse(this::restore, () -> offerWayOut(file, problem));
            case CHOOSE_ANOTHER -> prompts.chooseFile(file.folder()).ifPresentOrElse(
                    chosen -> switchToChosen(chosen, file, problem, latest),
                    () -> answer(file, problem, latest));
            case QUIT -> listener.quit();
        }
    }

    /** A chosen file that cannot be used as named (a folder, a ';' in it) is said so, and the question asked again. */
    private void switchToChosen(Path chosen, DatabasePath file, StoreException problem, Optional<Backups.Backup> latest) {
        DatabasePath path;
        try {
            path = DatabasePath.of(chosen.toString());
        } catch (UnusableDatabasePath e) {
            listener.problem(e.getMessage());
            answer(file, problem, latest);
            return;
        }
        switchTo(path, file, problem);
    }

    /**
     * Moves the single-instance lock to {@code chosen}, then opens it; when another window has it
     * open, brings that one to the front and asks again. Lock files are touched on the database thread.
     */
    private void switchTo(DatabasePath chosen, DatabasePath previous, StoreException previousProblem) {
        if (chosen.base().equals(previous.base())) {
            open(chosen);
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            InstanceLock.Result taken = locks.apply(chosen);
            if (taken.state() == InstanceLock.State.ALREADY_RUNNING) {
                InstanceLock.signalShow(chosen, java.time.Duration.ofSeconds(2));
                return false;
            }
            InstanceLock old = lock;
            lock = taken.lock();
            if (lock != null) {
                lock.onShow(onShowRequest);
            }
            if (old != null) {
                old.close();
            }
            return true;
        }, databaseThread).thenAcceptAsync(moved -> {
            if (moved) {
                open(chosen);
            } else {
                listener.problem("The data in " + chosen + " is already open in another Nudge window;"
                        + " it was brought to the front.");
                offerWayOut(previous, previousProblem);
            }
        }, ui);
    }

    /**
     * Settings → Data: opens {@code chosen} first (a server with {@code password}, or ~/.pgpass and
     * PGPASSWORD when null; the array is wiped after) and only then lets the data shown now go. So a
     * server that cannot be reached changes nothing: the window keeps its data and the future fails
     * with the one-line reason. A file takes its single-instance lock; a server takes none, and moving
     * to one releases the file's lock.
     */
    CompletableFuture<Void> switchTo(DatabasePath chosen, char[] password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (chosen.equals(path) && database != null) {
                    return null; // already shown
                }
                InstanceLock taken = chosen.isServer() ? null : takeLock(chosen);
                Database opened;
                try {
                    opened = StoreOpening.open(chosen, password);
                } catch (RuntimeException e) {
                    if (taken != null) {
                        taken.close();
                    }
                    throw e;
                }
                closeDatabase();
                database = opened;
                path = chosen;
                InstanceLock old = lock;
                lock = taken;
                if (taken != null) {
                    taken.onShow(onShowRequest);
                }
                if (old != null) {
                    old.close();
                }
                return null;
            } finally {
                app.nudge.common.Passwords.wipe(password);
            }
        }, databaseThread).thenAcceptAsync(nothing -> {
            boolean first = !opened;
            opened = true;
            listener.opened(chosen, first);
            databaseThread.execute(this::dailyBackup);
        }, ui);
    }

    /** The lock of another file, or a one-line refusal when another window has it open (brought to the front). */
    private InstanceLock takeLock(DatabasePath file) {
        InstanceLock.Result taken = locks.apply(file);
        if (taken.state() == InstanceLock.State.ALREADY_RUNNING) {
            InstanceLock.signalShow(file, java.time.Duration.ofSeconds(2));
            throw new StoreException(StoreException.Kind.IN_USE, "The data in " + file
                    + " is already open in another Nudge window; it was brought to the front.", null);
        }
        return taken.lock();
    }

    /** After the first plan: an append-only file much larger than its data is compacted through a copy. */
    private void compactIfDue() {
        try {
            Database db = database;
            if (db != null && StoreCompaction.compactIfDue(db)) {
                LOG.info("The database file was compacted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compacting the database failed; the file stays as it was", e);
        }
    }

    private void dailyBackup() {
        try {
            Database db = database;
            if (db != null) {
                db.dailyBackup();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
    }

    private void closeDatabase() {
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    /** On the database thread, after queued work: closes the database and releases the lock. */
    void close() {
        closeDatabase();
        InstanceLock held = lock;
        lock = null;
        if (held != null) {
            held.close();
        }
    }
}
