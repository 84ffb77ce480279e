package app.nudge.insights;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Days from an interview to its decision, overall and by the employer's country (docs/insights.md). */
final class DecisionTally {

    private final String presetName;
    private final DaySpreads.Days all = new DaySpreads.Days();
    private final Map<String, DaySpreads.Days> byCountry = new HashMap<>();

    DecisionTally(String presetName) {
        this.presetName = presetName;
    }

    /**
     * An OFFER_RECEIVED or REJECTION_RECEIVED dated in the period.
     *
     * @param roundDate the interview date of the latest round dated on or before the decision; null
     *                  (no round yet) leaves it uncounted: there is no interview to count from
     */
    void add(String country, LocalDate roundDate, LocalDate decidedOn) {
        if (roundDate == null) {
            return;
        }
        int days = (int) (decidedOn.toEpochDay() - roundDate.toEpochDay());
        all.add(days);
        byCountry.computeIfAbsent(country, c -> new DaySpreads.Days()).add(days);
    }

    DecisionTimes times() {
        DaySpread spread = all.spread();
        SortedMap<String, DaySpread> countries = new TreeMap<>();
        byCountry.forEach((country, days) -> countries.put(country, days.spread()));
        // Nudge keeps one preset per search, so the preset row is the whole set under its name.
        SortedMap<String, DaySpread> presets = new TreeMap<>(Map.of(presetName, spread));
        return new DecisionTimes(spread, Collections.unmodifiableSortedMap(presets),
                Collections.unmodifiableSortedMap(countries));
    }
}
