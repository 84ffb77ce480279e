package app.nudge.policy;

import java.time.LocalDate;

/**
 * Which days count as business days: Monday to Friday, less a country's public holidays
 * (docs/follow-up-rules.md, section 1). Implementations must be fast and thread-safe: the policy asks them many
 * times per application.
 */
public interface BusinessCalendar {

    boolean isBusinessDay(LocalDate date);

    /** "D + n bd": the n-th business day after {@code date}, the date itself not counted (n &gt;= 1). */
    default LocalDate plusBusinessDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** "On or after D": D if it is a business day, else the next business day. */
    default LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A short name for messages: "US public holidays", "weekends only". */
    String description();

    /** Monday to Friday, no holidays ({@code --holidays none}, docs/follow-up-rules.md, section 1). */
    static BusinessCalendar weekendsOnly() {
        return WeekendCalendar.INSTANCE;
    }
}
