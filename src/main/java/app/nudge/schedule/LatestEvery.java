package app.nudge.schedule;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands a slow, non-urgent listener (the calendar file) only the newest of the values it was
 * given, at most once a period, on the given executor. A burst of changes then costs one write,
 * and the first plan at start-up reaches the board without waiting behind it.
 */
public final class LatestEvery<T> implements Consumer<T>, AutoCloseable {

    private final Consumer<T> target;
    private final Executor executor;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final AutoCloseable timer;

    public LatestEvery(Consumer<T> target, Ticker ticker, Duration period, Executor executor) {
        this.target = target;
        this.executor = executor;
        this.timer = ticker.every(period, this::flush);
    }

    /** Keeps {@code value} as the newest; an older one not yet handed on is dropped. Any thread. */
    @Override
    public void accept(T value) {
        pending.set(value);
    }

    /** Hands on the newest value now, if there is one (the timer's job; also before closing). */
    public void flush() {
        T value = pending.getAndSet(null);
        if (value != null) {
            executor.execute(() -> target.accept(value));
        }
    }

    /** Stops the timer; what is pending stays pending (call {@link #flush} first to hand it on). */
    @Override
    public void close() throws Exception {
        timer.close();
    }
}
