package app.nudge.notify;

import app.nudge.domain.Channel;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.schedule.PlanSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Watches successive plans and notifies once when an action becomes due (or overdue) while the
 * app runs because time passed: an action the previous plan held as not yet due that is due now.
 * An action that appears already due is the result of something just recorded (the user's own
 * click, an import): the board shows it, and a notice about it would only get in the way. An
 * action that stays due is not announced again.
 */
public final class DueWatcher implements Consumer<PlanSnapshot> {

    private final Notifier notifier;
    /**
     * The previous plan's actions (one per open application). Kept as the list it came in, so a
     * plan costs no copy or key per action: only the few due now are looked up in it.
     */
    private List<PlannedAction> previous;

    public DueWatcher(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public synchronized void accept(PlanSnapshot snapshot) {
        List<PlannedAction> due = snapshot.due();
        if (previous != null && !due.isEmpty()) {
            Map<String, PlannedAction> before = new HashMap<>();
            due.forEach(a -> before.put(a.applicationId(), null));
            for (PlannedAction a : previous) {
                before.replace(a.applicationId(), a);
            }
            List<PlannedAction> fresh = due.stream().filter(a -> becameDue(before.get(a.applicationId()), a)).toList();
            if (fresh.size() == 1) {
                notifier.notify("Nudge", describe(fresh.get(0)));
            } else if (fresh.size() > 1) {
                notifier.notify(Texts.t("notify.many", "count", fresh.size()),
                        fresh.stream().limit(3).map(DueWatcher::describe).reduce((x, y) -> x + "\n" + y).orElse("")
                                + (fresh.size() > 3 ? "\n" + Texts.t("notify.more", "count", fresh.size() - 3) : ""));
            }
        }
        previous = snapshot.actions();
    }

    /** The same action, on the same dates, was planned before and not yet due: time made it due. */
    private static boolean becameDue(PlannedAction before, PlannedAction now) {
        return before != null && before.action() == now.action() && before.earliest().equals(now.earliest())
                && !isDue(before);
    }

    private static boolean isDue(PlannedAction a) {
        return a.status() == Status.DUE || a.status() == Status.OVERDUE;
    }

    /** "Due today: thank Acme for letting you know (Backend Developer)". */
    static String describe(PlannedAction a) {
        // A follow-up by phone is said otherwise: those keys end in ".phone" / ".email".
        String way = switch (a.action()) {
            case FOLLOW_UP, FINAL_FOLLOW_UP -> a.channel() == Channel.PHONE ? ".phone" : ".email";
            default -> "";
        };
        String what = Texts.t("notify.action." + a.action().name() + way, "company", a.company());
        return Texts.t(a.status() == Status.OVERDUE ? "notify.overdue" : "notify.dueToday", "what", what, "role", a.role());
    }
}
