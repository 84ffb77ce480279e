package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.Ticker;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One desktop of a search on a server, as the app wires it below the views ({@link Services}): its
 * own database thread and open of the schema; the plans it publishes and the server states it
 * shows are recorded for the test. Periodic re-plans never run (no ticks).
 */
final class ServerDesktop implements AutoCloseable {

    static final Ticker NO_TICKS = new Ticker() {
        @Override
        public AutoCloseable every(Duration period, Runnable job) {
            return () -> { };
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }
    };

    final ExecutorService databaseThread = NamedThreads.databaseThread();
    final Database db;
    final Services services;
    final BlockingQueue<PlanSnapshot> plans = new LinkedBlockingQueue<>();
    /** "away HOST" and "back HOST", in order. */
    final List<String> shown = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> states = new LinkedBlockingQueue<>();
    private volatile PlanSnapshot last;

    ServerDesktop(DatabasePath path) throws Exception {
        db = CompletableFuture.supplyAsync(() -> Database.openOrCreate(path), databaseThread).get(30, TimeUnit.SECONDS);
        services = new Services(() -> db, databaseThread, Runnable::run, Clock.systemDefaultZone(), NO_TICKS, Locale.US);
        services.scheduler().addListener(plans::add);
        services.serverFollow().useStatus(new ServerFollow.Status() {
            @Override
            public void away(String host, Instant lastPlan) {
                shown.add("away " + host);
                states.add("away " + host);
            }

            @Override
            public void back(String host) {
                shown.add("back " + host);
                states.add("back " + host);
            }
        });
    }

    /** Starts as the app does, and returns once this desktop hears the others (and planned after that). */
    ServerDesktop started() throws Exception {
        services.start();
        services.serverFollow().listening().get(30, TimeUnit.SECONDS);
        idle();
        return this;
    }

    /** Waits until the work queued on the database thread so far, and what it queued in turn, is done. */
    void idle() throws Exception {
        for (int hop = 0; hop < 3; hop++) {
            CompletableFuture.runAsync(() -> { }, databaseThread).get(30, TimeUnit.SECONDS);
        }
    }

    /** The newest plan published so far (null when none). */
    PlanSnapshot latest() {
        PlanSnapshot next;
        while ((next = plans.poll()) != null) {
            last = next;
        }
        return last;
    }

    /** Waits up to {@code limit} for a plan published from now on that satisfies {@code wanted}. */
    PlanSnapshot awaitPlan(Duration limit, Predicate<PlanSnapshot> wanted) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        for (long left = limit.toNanos(); left > 0; left = end - System.nanoTime()) {
            PlanSnapshot next = plans.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                last = next;
                if (wanted.test(next)) {
                    return next;
                }
            }
        }
        return null;
    }

    /** Waits up to {@code limit} for the window to be told {@code state} ("away HOST", "back HOST"); false if it was not. */
    boolean awaitShown(String state, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        for (long left = limit.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (state.equals(states.poll(left, TimeUnit.NANOSECONDS))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        services.close();
        databaseThread.execute(db::close);
        databaseThread.shutdown();
        databaseThread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
