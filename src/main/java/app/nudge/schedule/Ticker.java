package app.nudge.schedule;

import java.time.Duration;

/**
 * Runs a job at a fixed period, on a monotonic clock. The app's implementation uses the
 * scheduled executor; tests use a manual one they advance by hand.
 */
public interface Ticker {

    /** Starts running {@code job} every {@code period}; the returned handle stops it. */
    AutoCloseable every(Duration period, Runnable job);

    /** Monotonic time in nanoseconds, which (unlike the wall clock) stands still while the computer sleeps. */
    long nanoTime();
}
