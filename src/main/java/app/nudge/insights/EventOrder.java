package app.nudge.insights;

import app.nudge.domain.Event;
import java.util.List;

/**
 * The order every figure reads an application's events in (docs/follow-up-rules.md, section 1, "Order of events"):
 * by date, and events of one date in the order they were recorded.
 */
final class EventOrder {

    private EventOrder() {
    }

    /**
     * The indices of {@code events} in that order. A stable insertion sort: histories are short and
     * almost always recorded in date order already, where it costs one comparison per event.
     */
    static int[] of(List<Event> events) {
        int size = events.size();
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            int at = i;
            java.time.LocalDate date = events.get(i).date();
            while (at > 0 && events.get(order[at - 1]).date().isAfter(date)) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }

    /**
     * Whether the event at {@code index} comes before the one at {@code other} in this order: an
     * earlier date, or the same date and recorded earlier.
     */
    static boolean isBefore(List<Event> events, int index, int other) {
        int byDate = events.get(index).date().compareTo(events.get(other).date());
        return byDate < 0 || byDate == 0 && index < other;
    }
}
