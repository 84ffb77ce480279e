package app.nudge.schedule;

import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.List;

/** The plan as of one day: every next action, and which of them need attention. */
public record PlanSnapshot(LocalDate today, List<PlannedAction> actions) {

    public PlanSnapshot {
        actions = List.copyOf(actions);
    }

    /** DUE and OVERDUE actions, in plan order. */
    public List<PlannedAction> due() {
        return actions.stream().filter(a -> a.status().needsAttention()).toList();
    }

    public int dueCount() {
        return (int) actions.stream().filter(a -> a.status().needsAttention()).count();
    }
}
