package app.nudge.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The window's clock: another clock as it is, or that clock a few days on while the closing window
 * draws itself as a later day's first start would ({@link PicturesAhead}). Only the window's own
 * parts read it then: the services, whose scheduler and reminders would act on the later day, are
 * closed before it moves.
 */
final class LookAheadClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    LookAheadClock(Clock base) {
        this.base = base;
    }

    /** From now on, {@code days} days after the base clock (0: the base clock's own time). */
    void lookAhead(int days) {
        ahead = Duration.ofDays(days);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        LookAheadClock moved = new LookAheadClock(base.withZone(zone));
        moved.ahead = ahead;
        return moved;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }
}
