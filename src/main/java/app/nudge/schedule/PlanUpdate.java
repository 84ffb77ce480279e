package app.nudge.schedule;

import app.nudge.domain.Application;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.Intervals;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the stored versions of a few applications to a previous plan of the same day and
 * settings: O(n) copying plus a binary search per change, instead of planning every application
 * again. Both lists keep the order of a whole plan (applications by id, as the store reads them;
 * actions by {@link PlannedAction#ORDER}, a total order since an application has one action at
 * most), so the result equals a whole plan of the same data.
 */
final class PlanUpdate {

    private static final Comparator<Application> BY_ID = Comparator.comparing(Application::id);

    private PlanUpdate() {
    }

    /**
     * @param changedIds the ids that changed
     * @param stored     the stored versions of those that still exist (a deleted one is absent)
     */
    static PlanSnapshot apply(PlanSnapshot previous, Set<String> changedIds, Collection<Application> stored,
                              CalendarChooser calendars, Intervals intervals) {
        LocalDate today = previous.today();
        // Old versions go by id, not by searching: a removal never depends on the order being right.
        List<Application> applications = without(previous.applications(), changedIds, Application::id, stored.size());
        List<PlannedAction> actions = without(previous.actions(), changedIds, PlannedAction::applicationId, stored.size());
        for (Application app : stored) {
            insertSorted(applications, app, BY_ID);
            FollowUpPolicy.next(app, today, calendars.forCountry(app.country()), intervals)
                    .ifPresent(action -> insertSorted(actions, action, PlannedAction.ORDER));
        }
        return new PlanSnapshot(today, applications, actions);
    }

    private static <T> List<T> without(List<T> items, Set<String> ids, Function<T, String> idOf, int room) {
        List<T> kept = new ArrayList<>(items.size() + room);
        for (T item : items) {
            if (!ids.contains(idOf.apply(item))) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static <T> void insertSorted(List<T> list, T item, Comparator<? super T> order) {
        int at = Collections.binarySearch(list, item, order);
        list.add(at >= 0 ? at : -at - 1, item);
    }
}
