package app.nudge.notify;

import app.nudge.domain.Channel;
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
                notifier.notify("Nudge: " + fresh.size() + " things to do",
                        fresh.stream().limit(3).map(DueWatcher::describe).reduce((x, y) -> x + "\n" + y).orElse("")
                                + (fresh.size() > 3 ? "\n…and " + (fresh.size() - 3) + " more" : ""));
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
        String company = a.company();
        boolean phone = a.channel() == Channel.PHONE;
        String what = switch (a.action()) {
            case THANK_YOU -> "send " + company + " your thank-you note";
            case FOLLOW_UP -> phone ? "call " + company + " to follow up" : "follow up with " + company;
            case FINAL_FOLLOW_UP -> phone ? "call " + company + " one last time" : "send " + company + " a last follow-up";
            case SECONDARY_CONTACT -> "ask someone else at " + company + " whether the role is still open";
            case EMAIL_AFTER_VOICEMAIL -> "email " + company + " after your voicemail";
            case CHECK_BACK -> "check back with " + company;
            case REPLY_TO_OFFER -> "reply to " + company + "'s offer";
            case THANK_AFTER_REJECTION -> "thank " + company + " for letting you know";
            case CLOSE_OUT -> "close the loop with " + company;
        };
        return (a.status() == Status.OVERDUE ? "Overdue: " : "Due today: ") + what + " (" + a.role() + ")";
    }
}
