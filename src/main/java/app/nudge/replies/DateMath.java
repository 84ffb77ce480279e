package app.nudge.replies;

import app.nudge.policy.WeekendCalendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * The arithmetic behind the date phrases of every language ({@link DatePhrases} and its
 * DatePhrases&lt;Language&gt; files), so that "next week", "nächste Woche", "la semaine prochaine",
 * "la semana que viene" and "volgende week" mean the same day by the same rule.
 */
final class DateMath {

    /** How a weekday word is placed: the coming one, the one of next week, of this week, or a past one. */
    enum When { COMING, NEXT_WEEK, THIS_WEEK, PAST }

    private DateMath() {
    }

    /** The named weekday: COMING = the first one strictly after the message date; PAST names no date. */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, When when) {
        return switch (when) {
            case COMING -> ref.with(TemporalAdjusters.next(day));
            case NEXT_WEEK -> weekAfter(ref, 1).with(TemporalAdjusters.nextOrSame(day));
            case THIS_WEEK -> {
                LocalDate date = weekAfter(ref, 0).with(TemporalAdjusters.nextOrSame(day));
                yield date.isBefore(ref) ? null : date;
            }
            case PAST -> null;
        };
    }

    /** Monday of the week {@code weeks} after the message's week (weeks start on Monday). */
    static LocalDate weekAfter(LocalDate ref, int weeks) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** A week as a date: Monday for a check-back, {@code decisionDay} days after Monday for a decision, none for a round. */
    static LocalDate spanOfWeek(LocalDate monday, DatePhrases.Purpose p, int decisionDay) {
        return switch (p) {
            case CHECK_BACK -> monday;
            case DECISION -> monday.plusDays(decisionDay);
            case ROUND -> null;
        };
    }

    /** The Monday of ISO week {@code week} ("KW 50"), this year or, when that week is past, next year. */
    static LocalDate isoWeek(LocalDate ref, int week) {
        for (int year = ref.getYear(); year <= ref.getYear() + 1; year++) {
            LocalDate mid = LocalDate.of(year, 6, 15);
            if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                continue;
            }
            LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            if (!monday.plusDays(6).isBefore(ref)) {
                return monday;
            }
        }
        return null;
    }

    static LocalDate fridayOnOrAfter(LocalDate ref) {
        return ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** The last day of the month {@code months} after the message's month; none for a round. */
    static LocalDate endOfMonth(LocalDate ref, int months, DatePhrases.Purpose p) {
        return p == DatePhrases.Purpose.ROUND ? null : ref.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * Early (the 10th), mid (the 15th) or late (the last day) in a month, in the year written or else
     * the next such day on or after the message date; none for a round.
     */
    static LocalDate partOfMonth(LocalDate ref, DatePhrases.Purpose p, int part, Integer month, String year) {
        if (p == DatePhrases.Purpose.ROUND || month == null) {
            return null;
        }
        LocalDate firstDay = LocalDate.of(year == null ? ref.getYear() : num(year), month, 1);
        LocalDate date = part == 0 ? firstDay.with(TemporalAdjusters.lastDayOfMonth()) : firstDay.withDayOfMonth(part);
        if (year != null || !date.isBefore(ref)) {
            return date;
        }
        LocalDate next = date.plusYears(1);
        return part == 0 ? next.with(TemporalAdjusters.lastDayOfMonth()) : next;
    }

    static LocalDate plusDays(LocalDate ref, DatePhrases.Purpose p, int n, boolean businessDays) {
        if (p == DatePhrases.Purpose.ROUND || n < 1) {
            return null;
        }
        return businessDays ? WeekendCalendar.INSTANCE.plusBusinessDays(ref, n) : ref.plusDays(n);
    }

    static LocalDate plusWeeks(LocalDate ref, DatePhrases.Purpose p, int n) {
        return p == DatePhrases.Purpose.ROUND || n < 1 ? null : ref.plusWeeks(n);
    }

    /** The next {@code day}th of a month on or after the message date. */
    static LocalDate dayOfMonth(LocalDate ref, int day) {
        LocalDate month = ref.withDayOfMonth(1);
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            if (day >= 1 && day <= month.lengthOfMonth()) {
                LocalDate date = month.withDayOfMonth(day);
                if (!date.isBefore(ref)) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * A month and day, in the year written (two digits are this century), else the first one on or
     * after the message date; with a weekday written beside it that must agree, else none.
     */
    static LocalDate dayOfYear(LocalDate ref, DayOfWeek weekday, Integer month, int day, String year) {
        if (month == null) {
            return null;
        }
        LocalDate date = null;
        if (year != null) {
            date = exact(num(year.length() == 2 ? "20" + year : year), month, day);
        } else {
            for (int y = ref.getYear(); y <= ref.getYear() + 4 && date == null; y++) {
                LocalDate candidate = exact(y, month, day);
                date = candidate != null && !candidate.isBefore(ref) ? candidate : null;
            }
        }
        return date == null || weekday == null || date.getDayOfWeek() == weekday ? date : null;
    }

    static LocalDate exact(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * A word list as a map from flat words ({@link Flat#fold}) to numbers: {@code words("märz", 3)}
     * holds "maerz" and "marz", however the month was typed.
     */
    static Map<String, Integer> words(Object... wordsAndNumbers) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < wordsAndNumbers.length; i += 2) {
            String word = (String) wordsAndNumbers[i];
            Integer number = (Integer) wordsAndNumbers[i + 1];
            map.put(Flat.fold(word), number);
            map.put(Flat.fold(word.replace("ä", "a").replace("ö", "o").replace("ü", "u")), number);
        }
        return Map.copyOf(map);
    }

    /** A count written in digits or as a word of {@code words}; 0 when neither. */
    static int count(String written, Map<String, Integer> words) {
        Integer known = words.get(written);
        return known != null ? known : written.chars().allMatch(Character::isDigit) ? num(written) : 0;
    }

    /** Day names, a flat word to its day; an unknown word gives null. */
    static DayOfWeek day(Map<String, Integer> days, String word) {
        Integer n = word == null ? null : days.get(word);
        return n == null ? null : DayOfWeek.of(n);
    }
}
