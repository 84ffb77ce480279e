package app.nudge.app;

import app.nudge.i18n.Texts;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.time.Duration;
import java.util.function.Function;

/**
 * The single-instance lock a {@link DataSession} holds: it follows the file shown (a schema on a
 * server takes none). Lock files are touched on the database thread.
 */
final class SessionLock {

    private final Function<DatabasePath, InstanceLock.Result> locks;
    private final Runnable onShowRequest;
    private volatile InstanceLock held;

    /**
     * @param first the lock this launch already holds for its first file (null when unavailable)
     * @param locks takes the lock of another file
     * @param onShowRequest what a second launch on the same file asks for: the window in front
     */
    SessionLock(InstanceLock first, Function<DatabasePath, InstanceLock.Result> locks, Runnable onShowRequest) {
        this.locks = locks;
        this.onShowRequest = onShowRequest;
        hold(first);
    }

    /**
     * The lock of {@code file}, not held yet (see {@link #hold}); when another window has it open,
     * that window is brought to the front and the answer is a one-line refusal (kind IN_USE).
     */
    InstanceLock take(DatabasePath file) {
        InstanceLock.Result taken = locks.apply(file);
        if (taken.state() == InstanceLock.State.ALREADY_RUNNING) {
            InstanceLock.signalShow(file, Duration.ofSeconds(2));
            throw new StoreException(StoreException.Kind.IN_USE, Texts.t("app.data.inUse", "file", file), null);
        }
        return taken.lock();
    }

    /** Holds {@code taken} from now on (null: none, for a server) and lets the one held before go. */
    void hold(InstanceLock taken) {
        InstanceLock old = held;
        held = taken;
        if (taken != null && taken != old) {
            taken.onShow(onShowRequest);
        }
        if (old != null && old != taken) {
            old.close();
        }
    }

    void close() {
        hold(null);
    }

    /** The window is closing: a launch started now waits for this one to end instead of asking it to show. */
    void closing() {
        InstanceLock now = held;
        if (now != null) {
            now.closing();
        }
    }
}
