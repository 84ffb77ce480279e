package app.nudge.insights;

import app.nudge.domain.Application;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The window a follow-up was planned in when it went out: what the plan said before it was sent.
 * The standard one replays the follow-up policy on the history recorded before that follow-up;
 * tests give fixed windows.
 */
@FunctionalInterface
public interface PlannedWindows {

    /** A planned window: sent after {@code due} is late. */
    record Window(LocalDate earliest, LocalDate due) {
    }

    /**
     * The window of the follow-up at {@code eventIndex} in {@code app.events()}; empty when no
     * follow-up (or check-back) was planned at that moment.
     */
    Optional<Window> forFollowUp(Application app, int eventIndex);

    /** No windows known: every follow-up counts as "no window". */
    static PlannedWindows none() {
        return (app, index) -> Optional.empty();
    }
}
