package app.nudge.policy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Monday to Friday less the holidays a function gives for each year. Each year is asked for once
 * and kept as a bit set, so a lookup is O(1) (holiday libraries such as jollyday recompute a whole
 * year on every query: known-traps.md). Thread-safe: the years are immutable once published.
 * Dates the function returns outside the year asked for are ignored; a source whose holidays can
 * spill into a neighbouring year (a New Year's Day observed on 31 December) must give them for
 * the year they fall in.
 */
public final class HolidaySetCalendar implements BusinessCalendar {

    /** Years kept in a plain array; others (unlikely) go to a map. */
    private static final int FIRST_ARRAY_YEAR = 1900;
    private static final int ARRAY_YEARS = 400;

    private final String description;
    private final IntFunction<? extends Set<LocalDate>> holidaysOfYear;
    private final AtomicReferenceArray<ClosedDays> arrayYears = new AtomicReferenceArray<>(ARRAY_YEARS);
    private final ConcurrentHashMap<Integer, ClosedDays> otherYears = new ConcurrentHashMap<>();

    /**
     * @param description    a short name for messages, e.g. "US public holidays"
     * @param holidaysOfYear year → the holidays falling in that year (must be pure: called once per year)
     */
    public HolidaySetCalendar(String description, IntFunction<? extends Set<LocalDate>> holidaysOfYear) {
        this.description = Objects.requireNonNull(description, "description");
        this.holidaysOfYear = Objects.requireNonNull(holidaysOfYear, "holidaysOfYear");
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        ClosedDays year = year(date.getYear());
        return !year.isClosed(date.getDayOfYear() - 1);
    }

    /** Same result as the interface's default, walking epoch days through the cached years. */
    @Override
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        long day = date.toEpochDay();
        ClosedDays year = year(date.getYear());
        int left = n;
        while (left > 0) {
            day++;
            if (day >= year.endEpochDay) {
                year = year(year.year + 1);
            }
            if (!year.isClosed((int) (day - year.firstEpochDay))) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    @Override
    public LocalDate onOrAfter(LocalDate date) {
        long start = date.toEpochDay();
        long day = start;
        ClosedDays year = year(date.getYear());
        while (true) {
            if (day >= year.endEpochDay) {
                year = year(year.year + 1);
            }
            if (!year.isClosed((int) (day - year.firstEpochDay))) {
                return day == start ? date : LocalDate.ofEpochDay(day);
            }
            day++;
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    private ClosedDays year(int year) {
        int index = year - FIRST_ARRAY_YEAR;
        if (index >= 0 && index < ARRAY_YEARS) {
            ClosedDays known = arrayYears.get(index);
            if (known == null) {
                // Two threads may both compute a year the first time; the function is pure, so
                // either result is right, and the first one stored wins.
                arrayYears.compareAndSet(index, null, compute(year));
                known = arrayYears.get(index);
            }
            return known;
        }
        return otherYears.computeIfAbsent(year, this::compute);
    }

    private ClosedDays compute(int year) {
        Set<LocalDate> holidays = holidaysOfYear.apply(year);
        return new ClosedDays(year, holidays == null ? Set.of() : holidays);
    }

    /** One year's days off (weekends and holidays) as bits indexed by day of year - 1. */
    private static final class ClosedDays {
        final int year;
        final long firstEpochDay;
        final long endEpochDay;
        private final long[] bits;

        ClosedDays(int year, Set<LocalDate> holidays) {
            this.year = year;
            this.firstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
            int length = Year.of(year).length();
            this.endEpochDay = firstEpochDay + length;
            this.bits = new long[(length + 63) / 64];
            for (int i = 0; i < length; i++) {
                if (!EpochDays.isWeekday(firstEpochDay + i)) {
                    set(i);
                }
            }
            for (LocalDate holiday : holidays) {
                if (holiday != null && holiday.getYear() == year) {
                    set(holiday.getDayOfYear() - 1);
                }
            }
        }

        private void set(int index) {
            bits[index >>> 6] |= 1L << index;
        }

        boolean isClosed(int index) {
            return (bits[index >>> 6] & (1L << index)) != 0;
        }
    }
}
