package app.nudge.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's few threads, named so a thread dump says who is who. Their jobs log what they throw
 * instead of dying silently (a scheduled job that throws is never run again).
 */
public final class NamedThreads {

    private static final Logger LOG = Logger.getLogger(NamedThreads.class.getName());

    private NamedThreads() {
    }

    /**
     * The one database thread. Not a daemon: on exit the app shuts it down and waits, so a write in
     * progress completes. Nobody may interrupt it ({@code shutdownNow}, {@code cancel(true)}):
     * an interrupt during H2 file I/O can corrupt the file.
     */
    public static ExecutorService databaseThread() {
        return Executors.newSingleThreadExecutor(factory("nudge-db", false));
    }

    /** The scheduler's timers: a daemon, so it never keeps the app alive. */
    public static ScheduledExecutorService schedulerThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, factory("nudge-scheduler", true));
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Wraps a job so that what it throws is logged, not lost. */
    public static Runnable logging(String what, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, what + " failed", e);
            }
        };
    }

    private static ThreadFactory factory(String name, boolean daemon) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(daemon);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "uncaught in " + t.getName(), e));
            return thread;
        };
    }
}
