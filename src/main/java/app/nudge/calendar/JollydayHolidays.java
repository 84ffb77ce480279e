package app.nudge.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One country's national public holidays of a year, as jollyday gives them: the national level
 * only (no region asked for, so no regional holidays) and type PUBLIC_HOLIDAY only (no bank
 * holidays, no observances). A holiday's date is the day off, so a holiday that falls on a
 * weekend counts on its substitute day (GB's Boxing Day 2026 on Mon 28 Dec).
 */
final class JollydayHolidays implements IntFunction<Set<LocalDate>> {

    private final HolidayManager manager;

    JollydayHolidays(String isoCode) {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(isoCode));
    }

    /**
     * The holidays falling in {@code year}. Jollyday files a substitute day under the year of the
     * holiday itself (US New Year's Day 2022 is observed on Fri 31 Dec 2021), so the neighbouring
     * years are asked too. Called about once per year (the calendar caches the result);
     * synchronized because jollyday does not promise that its managers are thread-safe.
     */
    @Override
    public synchronized Set<LocalDate> apply(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (int asked = year - 1; asked <= year + 1; asked++) {
            for (Holiday holiday : manager.getHolidays(Year.of(asked))) {
                if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY && holiday.getDate().getYear() == year) {
                    days.add(holiday.getDate());
                }
            }
        }
        return days;
    }
}
