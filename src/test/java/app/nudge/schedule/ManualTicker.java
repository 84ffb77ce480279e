package app.nudge.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker the test moves by hand: time passes only in {@link #advance}. */
final class ManualTicker implements Ticker {

    private final MutableClock wallClock;
    private final List<Job> jobs = new ArrayList<>();
    private long nanos;

    ManualTicker(MutableClock wallClock) {
        this.wallClock = wallClock;
    }

    private final class Job {
        final long period;
        final Runnable task;
        long next;
        boolean cancelled;

        Job(long period, Runnable task) {
            this.period = period;
            this.task = task;
            this.next = nanos + period;
        }
    }

    @Override
    public AutoCloseable every(Duration period, Runnable task) {
        Job job = new Job(period.toNanos(), task);
        jobs.add(job);
        return () -> job.cancelled = true;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Lets {@code time} pass on both clocks, running jobs as their times come. */
    void advance(Duration time) {
        long end = nanos + time.toNanos();
        while (true) {
            Job first = jobs.stream().filter(j -> !j.cancelled && j.next <= end)
                    .min((a, b) -> Long.compare(a.next, b.next)).orElse(null);
            if (first == null) {
                break;
            }
            wallClock.advance(Duration.ofNanos(first.next - nanos));
            nanos = first.next;
            first.next += first.period;
            first.task.run();
        }
        wallClock.advance(Duration.ofNanos(end - nanos));
        nanos = end;
    }

    /** The computer sleeps: the wall clock moves on, the monotonic clock does not. */
    void sleepComputer(Duration time) {
        wallClock.advance(time);
    }
}
