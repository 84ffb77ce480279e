package app.nudge.schedule;

import app.nudge.common.NamedThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
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
 *
 * <p>After a change to a few applications, {@link #replan(Set)} updates the last plan with just
 * those ({@link Planner#update}); requests for ids collapse into the union of their ids. Anything
 * else plans everything: a request without ids (settings, imports, a reopened file), a new day, or
 * a failed plan before (the ids it carried are lost).
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
    /** The request waiting on the plan executor, or null; guarded by {@code this}. */
    private Request pending;
    /** The last published plan; null until one succeeds, and after a failure (the next plan is whole). */
    private volatile PlanSnapshot published;

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

    /** Asks for a whole new plan (after a change to settings or to many applications); runs on the plan executor. */
    public void replan() {
        request(null);
    }

    /** Asks for the plan to be updated after the applications {@code changedIds} changed (saved, changed, deleted). */
    public void replan(Set<String> changedIds) {
        request(Set.copyOf(changedIds));
    }

    /** Queues one planning job, or folds the request into the one already waiting (which will see this change too). */
    private void request(Set<String> changedIds) {
        synchronized (this) {
            if (pending != null) {
                pending.add(changedIds);
                return;
            }
            pending = new Request(changedIds);
        }
        planExecutor.execute(NamedThreads.logging("re-planning", this::runPending));
    }

    private void runPending() {
        Request request;
        synchronized (this) {
            request = pending;
            pending = null;
        }
        LocalDate today = LocalDate.now(clock);
        PlanSnapshot previous = published;
        PlanSnapshot snapshot;
        try {
            snapshot = request.whole() || previous == null || !previous.today().equals(today)
                    ? planner.plan(today)
                    : planner.update(previous, request.ids(), today);
        } catch (RuntimeException e) {
            published = null;
            LOG.log(Level.WARNING, "Planning failed; the previous plan stays", e);
            return;
        }
        published = snapshot;
        plannedFor = today;
        plannedAtNanos = ticker.nanoTime();
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    /** What a queued job will plan: everything, or the union of the changed ids asked for. */
    private static final class Request {
        private Set<String> ids; // null: everything

        Request(Set<String> changedIds) {
            ids = changedIds == null ? null : new HashSet<>(changedIds);
        }

        void add(Set<String> changedIds) {
            if (changedIds == null) {
                ids = null;
            } else if (ids != null) {
                ids.addAll(changedIds);
            }
        }

        boolean whole() {
            return ids == null;
        }

        Set<String> ids() {
            return ids;
        }
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

    /**
     * The last plan published, if the last planning succeeded. Read on the plan executor after a
     * change's re-plan was asked for, it is of the data as stored (the request ran before).
     */
    public java.util.Optional<PlanSnapshot> lastPlan() {
        return java.util.Optional.ofNullable(published);
    }

    @Override
    public synchronized void close() throws Exception {
        if (checks != null) {
            checks.close();
        }
    }
}
