package app.nudge.notify;

import app.nudge.policy.PlannedAction;
import app.nudge.schedule.PlanSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches successive plans and notifies once when an action becomes due (or overdue) while the
 * app runs. The first plan only sets what is already known; an action that stays due is not
 * announced again, but one that is done and comes back (a new action) is.
 */
public final class DueWatcher implements Consumer<PlanSnapshot> {

    private final Notifier notifier;
    private Set<String> known;

    public DueWatcher(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public synchronized void accept(PlanSnapshot snapshot) {
        List<PlannedAction> due = snapshot.due();
        Set<String> now = new HashSet<>();
        due.forEach(a -> now.add(key(a)));
        if (known != null) {
            List<PlannedAction> fresh = due.stream().filter(a -> !known.contains(key(a))).toList();
            if (fresh.size() == 1) {
                PlannedAction a = fresh.get(0);
                notifier.notify("Nudge: " + a.company(), describe(a));
            } else if (fresh.size() > 1) {
                notifier.notify("Nudge: " + fresh.size() + " things to do",
                        fresh.stream().limit(3).map(a -> a.company() + ": " + describe(a)).reduce((x, y) -> x + "\n" + y).orElse("")
                                + (fresh.size() > 3 ? "\n…and " + (fresh.size() - 3) + " more" : ""));
            }
        }
        known = now;
    }

    private static String key(PlannedAction a) {
        return a.applicationId() + "/" + a.action() + "/" + a.earliest();
    }

    private static String describe(PlannedAction a) {
        String what = a.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " for " + a.role()
                + (a.status() == app.nudge.policy.Status.OVERDUE ? " (overdue)" : " (due now)");
    }
}
