package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.ErrorMessages;
import app.nudge.exchange.ServerCopy;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A start while the server holding the search cannot be reached: this computer's copy of its data
 * ({@link ServerCopy}) is shown read-only, the server is tried again in the background, and once it
 * answers the session moves to it. Without a copy (the first start on this computer) or with a
 * damaged one, the usual way out is offered instead (with Retry).
 *
 * <p>The retries connect on a thread of their own: the database thread never waits for a server
 * that does not answer, so the stand-in stays readable meanwhile.
 */
final class AwayStart implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AwayStart.class.getName());
    /** Between two tries: short, as a server restart takes seconds; each try itself waits up to connectTimeout. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    /** What the session does at each step. */
    interface Hooks {
        /** On the database thread: {@code db} is shown from now on (the one shown before is closed). */
        void install(Database db);

        /** On the UI executor: the copy taken at {@code taken} is shown, read-only. */
        void showingCopy(DatabasePath file, LocalDateTime taken);

        /** On the UI executor: the server answered and is shown now. */
        void reached(DatabasePath file);

        /** On the UI executor: opening failed otherwise (no copy, a password wanted...): the usual way out. */
        void failed(DatabasePath file, StoreException problem);

        /** On the UI executor: a line for the user (a damaged copy). */
        void problem(String message);
    }

    private final Executor databaseThread;
    private final Executor ui;
    private final Hooks hooks;
    private ScheduledExecutorService retries;
    private volatile DatabasePath standingInFor;

    AwayStart(Executor databaseThread, Executor ui, Hooks hooks) {
        this.databaseThread = databaseThread;
        this.ui = ui;
        this.hooks = hooks;
    }

    /** Whether a copy stands in for the server now. */
    boolean standingIn() {
        return standingInFor != null;
    }

    /** On the UI executor: {@code file}'s server could not be reached at start ({@code problem}, kind OFFLINE). */
    void begin(DatabasePath file, StoreException problem) {
        ServerCopy copy = new ServerCopy(file, HolidayCalendars.shared()::isSupported);
        CompletableFuture.supplyAsync(() -> {
            Optional<ServerCopy.StandIn> standIn = copy.openStandIn(problem.getMessage());
            standIn.ifPresent(s -> hooks.install(s.database()));
            return standIn;
        }, databaseThread).whenCompleteAsync((standIn, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "The copy of the server's data cannot be shown", error);
                hooks.problem(ErrorMessages.of(error));
                hooks.failed(file, problem);
            } else if (standIn.isEmpty()) {
                hooks.failed(file, problem);
            } else {
                standingInFor = file;
                hooks.showingCopy(file, standIn.get().taken());
                retrySoon(file);
            }
        }, ui);
    }

    private synchronized void retrySoon(DatabasePath file) {
        if (retries == null) {
            retries = Executors.newSingleThreadScheduledExecutor(job -> Thread.ofPlatform().daemon()
                    .name("nudge-server-retry").unstarted(job));
        }
        if (!retries.isShutdown()) {
            retries.schedule(() -> tryServer(file), RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** On the retry thread: one try; still away, another later; any other answer ends the stand-in. */
    private void tryServer(DatabasePath file) {
        if (standingInFor != file) {
            return; // stopped meanwhile (another store chosen, the app closing)
        }
        Database server;
        try {
            server = StoreOpening.open(file, null);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.OFFLINE) {
                retrySoon(file);
            } else {
                LOG.log(Level.WARNING, "The server answered but cannot be opened", e);
                ui.execute(() -> hooks.failed(file, e)); // a password wanted: asked over the stand-in
            }
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Trying the server again failed", e);
            retrySoon(file);
            return;
        }
        databaseThread.execute(() -> {
            if (standingInFor != file) {
                server.close(); // stopped meanwhile: not shown
                return;
            }
            standingInFor = null;
            hooks.install(server);
            try {
                new ServerCopy(file, HolidayCalendars.shared()::isSupported).deleteStandIn();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The stand-in's files stay until the next start", e);
            }
            ui.execute(() -> hooks.reached(file));
        });
    }

    /** The stand-in ends (another store shown, a password typed): no more tries. */
    void stop() {
        standingInFor = null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (retries != null) {
            retries.shutdown(); // never shutdownNow: a try may be in the middle of connecting
        }
    }
}
