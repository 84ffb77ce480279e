package app.nudge.app;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import app.nudge.store.UnusableDatabasePath;
import app.nudge.store.WholeSearch;
import java.nio.file.Path;
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
final class DataSession implements AwayStart.Hooks {

    private static final Logger LOG = Logger.getLogger(DataSession.class.getName());

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

    private final Executor databaseThread;
    private final Executor ui;
    private final Prompts prompts;
    private final SessionListener listener;
    private volatile Database database;
    private volatile DatabasePath path;
    private final SessionLock lock;
    private boolean opened;
    /** The password typed last was refused: the next question says so. */
    private boolean passwordRefused;
    private final AwayStart away;
    private volatile boolean copyShown;

    /**
     * @param lock the lock this launch already holds for its first file (null when unavailable)
     * @param locks takes the lock of another file
     * @param onShowRequest what a second launch on the same file asks for: the window in front
     */
    DataSession(Executor databaseThread, Executor ui, InstanceLock lock, Function<DatabasePath, InstanceLock.Result> locks,
            Prompts prompts, SessionListener listener, Runnable onShowRequest) {
        this.databaseThread = databaseThread;
        this.ui = ui;
        this.lock = new SessionLock(lock, locks, onShowRequest);
        this.prompts = prompts;
        this.listener = listener;
        this.away = new AwayStart(databaseThread, ui, this);
    }

    /** The open database; throws while none is (before the first open, during a restore). */
    Database database() {
        Database db = database;
        if (db == null) {
            // Written for the user: a change tried while a restore runs is refused with this line.
            throw new StoreException(StoreException.Kind.FAILED,
                    Texts.t("app.data.notOpen"), null);
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
            return BackupsDialog.restoredNotice(new Backups(file).restore(backup));
        });
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
            install(StoreOpening.open(file, null)); // over the stand-in, if one is shown (Retry)
            return outcome;
        }, databaseThread));
    }

    /** On the UI executor: the window learns the file is open (and how a restore went), or the way out is offered. */
    private void report(DatabasePath file, CompletableFuture<Object> done) {
        done.whenCompleteAsync((outcome, error) -> {
            if (error == null) {
                shownNow(file); // a password typed, or Retry chosen, over the stand-in: that ends too
                if (outcome instanceof RuntimeException restoreProblem) {
                    LOG.log(Level.WARNING, "A restore failed", restoreProblem);
                    listener.problem(restoreProblem instanceof StoreException ? ErrorMessages.of(restoreProblem)
                            : Texts.t("app.backups.restoreFailed", "reason", ErrorMessages.of(restoreProblem)));
                } else if (outcome instanceof String notice) {
                    listener.notice(Texts.t("app.backups.restoredTitle"), notice);
                }
            } else {
                Throwable cause = ErrorMessages.unwrap(error);
                LOG.log(Level.WARNING, "Opening the database failed", cause);
                if (cause instanceof StoreException problem && problem.kind() == StoreException.Kind.OFFLINE
                        && file.isServer() && !copyShown) {
                    listener.openingCopy(file);
                    away.begin(file, problem); // this computer's copy, read-only, while retrying
                } else if (cause instanceof StoreException problem) {
                    failed(file, problem);
                } else {
                    listener.problem(Texts.t("app.data.cannotOpen", "reason", ErrorMessages.of(cause)));
                }
            }
        }, ui);
    }

    /** On the UI executor: the way on after {@code file} did not open (a password asked, the way out offered). */
    @Override
    public void failed(DatabasePath file, StoreException problem) {
        if (problem.kind() == StoreException.Kind.NEEDS_PASSWORD && file.isServer()) {
            askPasswordThenOpen(file, problem);
        } else if (problem.kind() != StoreException.Kind.IN_USE) {
            offerWayOut(file, problem);
        } else {
            listener.problem(ErrorMessages.of(problem));
        }
    }

    /** Any store installed ends the tries (the stand-in installs itself before they start). */
    @Override
    public void install(Database db) {
        away.stop();
        Database shown = database;
        database = db;
        if (shown != null && shown != db) {
            shown.close();
        }
    }

    @Override
    public void showingCopy(DatabasePath file, java.time.LocalDateTime taken) {
        tellOpened(file);
        copyShown = true;
        listener.showingCopy(file, taken);
    }

    @Override
    public void reached(DatabasePath file) {
        shownNow(file);
    }

    /** On the UI executor: {@code file} (not a stand-in) is shown now: the window learns it, a copy shown ends, the upkeep runs. */
    private void shownNow(DatabasePath file) {
        tellOpened(file);
        endCopy(file);
        databaseThread.execute(() -> AfterOpen.run(database));
    }

    private void tellOpened(DatabasePath file) {
        boolean first = !opened;
        opened = true;
        listener.opened(file, first);
    }

    private void endCopy(DatabasePath shownNow) {
        if (copyShown) {
            copyShown = false;
            listener.copyGone(shownNow);
        }
    }

    @Override
    public void problem(String message) {
        listener.problem(message);
    }

    /**
     * The server wants a password that ~/.pgpass and PGPASSWORD did not give: ask for it and open
     * again with it (a refused one asks again, saying so); cancelling offers Retry and the other ways out.
     */
    private void askPasswordThenOpen(DatabasePath file, StoreException problem) {
        String why = passwordRefused ? Texts.t("app.data.passwordRefused", "host", file.server().host(),
                "user", file.server().user()) : problem.getMessage();
        Optional<char[]> typed = prompts.askPassword(file.toString(), why);
        passwordRefused = typed.isPresent();
        if (typed.isEmpty()) {
            offerWayOut(file, problem);
            return;
        }
        char[] password = typed.get();
        path = file;
        report(file, CompletableFuture.supplyAsync(() -> {
            try {
                install(StoreOpening.open(file, password)); // over the stand-in, if one is shown
                passwordRefused = false;
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
            case RETRY -> open(file);
            case RESTORE_LATEST -> latest.ifPresentOrElse(this::restore, () -> offerWayOut(file, problem));
            // For a server: a file on this computer, found where Nudge keeps its own.
            case CHOOSE_ANOTHER -> prompts.chooseFile(file.isServer() ? DatabasePath.defaultForThisUser().folder()
                    : file.folder()).ifPresentOrElse(
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
            try {
                lock.hold(lock.take(chosen));
                return true;
            } catch (StoreException inUse) {
                return false;
            }
        }, databaseThread).thenAcceptAsync(moved -> {
            if (moved) {
                open(chosen);
            } else {
                listener.problem(Texts.t("app.data.inUse", "file", chosen));
                offerWayOut(previous, previousProblem);
            }
        }, ui);
    }

    /**
     * Settings → Data: opens {@code chosen} first (a server with {@code password}, or ~/.pgpass and
     * PGPASSWORD when null; the array is wiped after) and only then lets the data shown now go. So a
     * server that cannot be reached changes nothing: the window keeps its data and the future fails
     * with the one-line reason. A file takes its single-instance lock; a server takes none, and moving
     * to one releases the file's lock. With {@code bringShown}, what is shown now is copied into the
     * chosen store when it holds nothing (checked in the copy's transaction; the store left keeps it
     * too). Completes with what is shown now.
     */
    CompletableFuture<SwitchNotice.Shown> switchTo(DatabasePath chosen, char[] password, boolean bringShown) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (chosen.equals(path) && database != null && !copyShown) {
                    return new SwitchNotice.Shown(new ApplicationRepository(database).count(), false); // already shown
                }
                WholeSearch carried = bringShown && database != null && !copyShown ? WholeSearch.readFrom(database) : null;
                InstanceLock taken = chosen.isServer() ? null : lock.take(chosen);
                Database opened;
                boolean brought;
                try {
                    opened = StoreOpening.open(chosen, password);
                    brought = StoreOpening.bringInto(opened, carried);
                } catch (RuntimeException e) {
                    if (taken != null) {
                        taken.close();
                    }
                    throw e;
                }
                install(opened); // the stand-in, if one was shown, is closed: the tries end
                path = chosen;
                lock.hold(taken);
                return new SwitchNotice.Shown(new ApplicationRepository(opened).count(), brought);
            } finally {
                app.nudge.common.Passwords.wipe(password);
            }
        }, databaseThread).thenApplyAsync(shown -> {
            shownNow(chosen);
            return shown;
        }, ui);
    }

    private void closeDatabase() {
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    /** The window is closing (any thread): a launch started meanwhile waits for the end, then opens the data. */
    void closing() {
        lock.closing();
    }

    /** On the database thread, after queued work: closes the database and releases the lock. */
    void close() {
        if (!copyShown) {
            AfterOpen.keepCopy(database); // this computer's copy, as the server has it at the end
        }
        away.close();
        closeDatabase();
        lock.close();
    }
}
