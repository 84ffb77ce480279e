package app.nudge.schedule;

import app.nudge.common.NamedThreads;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The real ticker: the app's one scheduled executor; each job logs what it throws and keeps running. */
public final class ExecutorTicker implements Ticker {

    private final ScheduledExecutorService executor;

    public ExecutorTicker(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public AutoCloseable every(Duration period, Runnable job) {
        ScheduledFuture<?> future = executor.scheduleAtFixedRate(NamedThreads.logging("scheduled job", job),
                period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
