package app.nudge.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday, no holidays: what {@code --holidays none} / "No public holidays" counts
 * (docs/follow-up-rules.md, section 1). Stateless, so one shared instance is enough.
 */
public final class WeekendCalendar implements BusinessCalendar {

    /** The only instance; also reachable as {@link BusinessCalendar#weekendsOnly()}. */
    public static final WeekendCalendar INSTANCE = new WeekendCalendar();

    private WeekendCalendar() {
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Same result as the interface's default, on epoch days so that no date is made per step. */
    @Override
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        long day = date.toEpochDay();
        int left = n;
        while (left > 0) {
            day++;
            if (EpochDays.isWeekday(day)) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    @Override
    public LocalDate onOrAfter(LocalDate date) {
        long day = date.toEpochDay();
        while (!EpochDays.isWeekday(day)) {
            day++;
        }
        return day == date.toEpochDay() ? date : LocalDate.ofEpochDay(day);
    }

    @Override
    public String description() {
        return "weekends only";
    }

    @Override
    public String toString() {
        return description();
    }
}
