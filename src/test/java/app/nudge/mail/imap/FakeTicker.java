package app.nudge.mail.imap;

import app.nudge.schedule.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A ticker and wall clock the test moves by hand: time passes only in {@link #advance}. */
final class FakeTicker extends Clock implements Ticker {

    private final List<long[]> periods = new ArrayList<>(); // {period, next, cancelled}
    private final List<Runnable> jobs = new ArrayList<>();
    private Instant wall;
    private long nanos;

    FakeTicker(Instant start) {
        this.wall = start;
    }

    @Override
    public AutoCloseable every(Duration period, Runnable job) {
        long[] state = {period.toNanos(), nanos + period.toNanos(), 0};
        periods.add(state);
        jobs.add(job);
        return () -> state[2] = 1;
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Lets {@code time} pass, running each job whose time comes, in order. */
    void advance(Duration time) {
        long end = nanos + time.toNanos();
        while (true) {
            int first = -1;
            for (int i = 0; i < periods.size(); i++) {
                long[] p = periods.get(i);
                if (p[2] == 0 && p[1] <= end && (first < 0 || p[1] < periods.get(first)[1])) {
                    first = i;
                }
            }
            if (first < 0) {
                break;
            }
            long[] p = periods.get(first);
            wall = wall.plusNanos(p[1] - nanos);
            nanos = p[1];
            p[1] += p[0];
            jobs.get(first).run();
        }
        wall = wall.plusNanos(end - nanos);
        nanos = end;
    }

    int activeJobs() {
        return (int) periods.stream().filter(p -> p[2] == 0).count();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return wall;
    }
}
