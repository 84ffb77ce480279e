package app.nudge.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The activity report: the acts of a period, oldest first, for the person named in Settings.
 *
 * @param userName "your name" from Settings; "" when none is set
 * @param madeOn   the day it was made ("result so far" is as of this day)
 */
public record ActivityReport(String userName, Period period, LocalDate madeOn, List<ActivityRow> rows) {

    public ActivityReport {
        userName = userName == null ? "" : userName;
        rows = List.copyOf(rows);
    }

    /** Rows per act, every act present (0 when none), in {@link Act}'s order. */
    public Map<Act, Integer> totals() {
        Map<Act, Integer> totals = new EnumMap<>(Act.class);
        for (Act act : Act.values()) {
            totals.put(act, 0);
        }
        rows.forEach(row -> totals.merge(row.act(), 1, Integer::sum));
        return totals;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
