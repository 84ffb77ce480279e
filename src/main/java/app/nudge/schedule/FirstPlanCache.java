package app.nudge.schedule;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A planner that can answer its first request with a plan made earlier (at start-up, while the
 * window was being built), provided it is for the same day and nothing has changed since: any
 * change calls {@link #forget()} first. Every other request goes to the real planner.
 */
public final class FirstPlanCache implements Planner {

    private final Planner planner;
    private final AtomicReference<PlanSnapshot> early = new AtomicReference<>();

    public FirstPlanCache(Planner planner) {
        this.planner = planner;
    }

    /** A plan made from the data as it is now. */
    public void offer(PlanSnapshot snapshot) {
        early.set(snapshot);
    }

    /** The data changed: the plan made earlier no longer holds. */
    public void forget() {
        early.set(null);
    }

    @Override
    public PlanSnapshot plan(LocalDate today) {
        PlanSnapshot made = early.getAndSet(null);
        if (made != null && made.today().equals(today)) {
            planner.adopt(made); // later updates start from it, without a whole plan first
            return made;
        }
        return planner.plan(today);
    }

    /** An update follows a change, after which the early plan no longer holds: the real planner's. */
    @Override
    public PlanSnapshot update(PlanSnapshot previous, Set<String> changedIds, LocalDate today) {
        early.set(null);
        return planner.update(previous, changedIds, today);
    }
}
