package app.nudge.insights;

import java.time.LocalDate;

/**
 * The days a figure counts, both ends included; a null end is open (everything before / after).
 * {@link #all()} is open at both ends.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period all() {
        return new Period(null, null);
    }

    /** The {@code days} days that end with {@code today}: 30 gives today and the 29 days before it. */
    public static Period lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("a period is at least one day long");
        }
        return new Period(today.minusDays(days - 1L), today);
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
