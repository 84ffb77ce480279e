package app.nudge.schedule;

import app.nudge.common.NamedThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-plans at start, on {@link #replan()} (after every change), when the local date changes,
 * when the wall clock jumps against the monotonic clock (the computer slept, or the time was
 * changed), and every {@link #INTERVAL}; then publishes the snapshot to its listeners.
 *
 * <p>A short check runs every {@link #CHECK_PERIOD}, so midnight and waking are noticed within a
 * minute. Plans are computed on the given executor (the database thread); several requests that
 * arrive while one is queued collapse into one.
 */
public final class Scheduler implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofMinutes(15);
    static final Duration CHECK_PERIOD = Duration.ofMinutes(1);
    /** A wall-clock drift beyond this between two checks means the clock jumped. */
    static final Duration JUMP = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

    private final Planner planner;
    private final Clock clock;
    private final Ticker ticker;
    private final Executor planExecutor;
    private final List<Consumer<PlanSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean(false);

    private AutoCloseable checks;
    // Read and written only by check(), which runs on the ticker's single thread.
    private Instant lastWall;
    private long lastNanos;
    private volatile LocalDate plannedFor;
    private volatile long plannedAtNanos;

    public Scheduler(Planner planner, Clock clock, Ticker ticker, Executor planExecutor) {
        this.planner = planner;
        this.clock = clock;
        this.ticker = ticker;
        this.planExecutor = planExecutor;
    }

    public void addListener(Consumer<PlanSnapshot> listener) {
        listeners.add(listener);
    }

    /** Plans now and starts watching the clock. */
    public synchronized void start() {
        lastWall = clock.instant();
        lastNanos = ticker.nanoTime();
        replan();
        checks = ticker.every(CHECK_PERIOD, this::check);
    }

    /** Asks for a new plan (after a change); runs on the plan executor. */
    public void replan() {
        if (!queued.compareAndSet(false, true)) {
            return; // one is already waiting and will see this change too
        }
        planExecutor.execute(NamedThreads.logging("re-planning", () -> {
            queued.set(false);
            LocalDate today = LocalDate.now(clock);
            PlanSnapshot snapshot;
            try {
                snapshot = planner.plan(today);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Planning failed; the previous plan stays", e);
                return;
            }
            plannedFor = today;
            plannedAtNanos = ticker.nanoTime();
            listeners.forEach(listener -> listener.accept(snapshot));
        }));
    }

    private void check() {
        Instant wall = clock.instant();
        long nanos = ticker.nanoTime();
        Duration wallElapsed = Duration.between(lastWall, wall);
        Duration monotonicElapsed = Duration.ofNanos(nanos - lastNanos);
        lastWall = wall;
        lastNanos = nanos;
        boolean jumped = wallElapsed.minus(monotonicElapsed).abs().compareTo(JUMP) > 0;
        boolean newDay = !LocalDate.now(clock).equals(plannedFor);
        boolean stale = Duration.ofNanos(nanos - plannedAtNanos).compareTo(INTERVAL) >= 0;
        if (jumped || newDay || stale) {
            replan();
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (checks != null) {
            checks.close();
        }
    }
}
