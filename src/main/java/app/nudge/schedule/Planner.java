package app.nudge.schedule;

import java.time.LocalDate;
import java.util.Set;

/** Computes the plan for a day (reads the store: blocking, call off the UI thread). */
@FunctionalInterface
public interface Planner {

    /** The whole plan, from everything stored. */
    PlanSnapshot plan(LocalDate today);

    /**
     * The plan after only the applications {@code changedIds} changed (saved, changed or deleted)
     * since {@code previous} was planned, for the same day and the same settings; equal to
     * {@code plan(today)}. Planners that cannot do better plan everything again.
     */
    default PlanSnapshot update(PlanSnapshot previous, Set<String> changedIds, LocalDate today) {
        return plan(today);
    }

    /**
     * {@code made} was planned elsewhere (at start-up) from the data as it is now, and becomes the
     * plan later updates start from. A planner that keeps what its last whole plan was made with
     * takes that in here, so the first update need not plan everything.
     */
    default void adopt(PlanSnapshot made) {
    }
}
