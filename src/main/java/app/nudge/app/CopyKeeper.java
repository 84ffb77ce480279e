package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps this computer's copy of a search on a server ({@link AfterOpen#keepCopy}) close to what the
 * server holds while the app runs: once a change is saved, the copy is written again {@link #AFTER}
 * later, one write for every change made meanwhile. Written only at open and close, the copy a start
 * shows while the server is away was the morning's after an afternoon of changes and a crash.
 * A file (or the read-only stand-in) has no copy: the write is skipped there.
 */
final class CopyKeeper {

    /** Long enough that a burst of changes costs one write (10,000 applications take about a second). */
    static final Duration AFTER = Duration.ofSeconds(30);

    private final ScheduledExecutorService timer;
    private final Executor databaseThread;
    private final Supplier<Database> database;
    private final Duration after;
    private ScheduledFuture<?> pending;
    private boolean closed;

    /** The write runs on {@code databaseThread}; {@code timer} only waits. */
    CopyKeeper(ScheduledExecutorService timer, Executor databaseThread, Supplier<Database> database, Duration after) {
        this.timer = timer;
        this.databaseThread = databaseThread;
        this.database = database;
        this.after = after;
    }

    /** A change was saved (any thread): the copy is written once, {@code after} from the first such change. */
    synchronized void changed() {
        if (pending != null || closed) {
            return;
        }
        pending = timer.schedule(NamedThreads.logging("Keeping the copy of the server's data",
                () -> databaseThread.execute(this::write)), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** No more writes: the app is closing (the session writes the copy one last time as it closes). */
    synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void write() {
        synchronized (this) {
            pending = null; // a change saved from now on asks for another write
        }
        Database shown;
        try {
            shown = database.get();
        } catch (StoreException closed) {
            return; // between two stores (a restore, a switch): the next open writes the copy
        }
        AfterOpen.keepCopy(shown);
    }
}
