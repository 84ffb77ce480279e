package app.nudge.schedule;

import app.nudge.domain.Application;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan as of one day, with the applications it was computed from, so that a view showing
 * both never mixes one version of the data with another version's plan.
 */
public record PlanSnapshot(LocalDate today, List<Application> applications, List<PlannedAction> actions) {

    public PlanSnapshot {
        applications = List.copyOf(applications);
        actions = List.copyOf(actions);
    }

    /** A plan without its applications (tests, commands). */
    public PlanSnapshot(LocalDate today, List<PlannedAction> actions) {
        this(today, List.of(), actions);
    }

    /** DUE and OVERDUE actions, in plan order. */
    public List<PlannedAction> due() {
        return actions.stream().filter(a -> a.status().needsAttention()).toList();
    }

    public int dueCount() {
        return (int) actions.stream().filter(a -> a.status().needsAttention()).count();
    }
}
