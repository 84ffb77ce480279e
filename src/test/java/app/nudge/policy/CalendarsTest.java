package app.nudge.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The policy's own calendars and date wording, against the interface's definitions (docs/follow-up-rules.md, section 1). */
class CalendarsTest {

    /** The interface's plain definitions, for comparing the fast overrides with. */
    private static BusinessCalendar reference(BusinessCalendar fast) {
        return new BusinessCalendar() {
            @Override
            public boolean isBusinessDay(LocalDate date) {
                return fast.isBusinessDay(date);
            }

            @Override
            public String description() {
                return "reference";
            }
        };
    }

    @Test
    @DisplayName("Weekends only: Fri 20 Nov 2026 + 5 bd = Fri 27 Nov (no Thanksgiving); on or after Sat = Mon")
    void weekendsOnly() {
        BusinessCalendar weekends = BusinessCalendar.weekendsOnly();
        assertEquals(LocalDate.of(2026, 11, 27), weekends.plusBusinessDays(LocalDate.of(2026, 11, 20), 5));
        assertEquals(LocalDate.of(2026, 11, 23), weekends.onOrAfter(LocalDate.of(2026, 11, 21)));
        assertEquals(LocalDate.of(2026, 11, 20), weekends.onOrAfter(LocalDate.of(2026, 11, 20)));
        assertFalse(weekends.isBusinessDay(LocalDate.of(2026, 11, 22)));
        assertTrue(weekends.isBusinessDay(LocalDate.of(2026, 11, 26)));
        assertThrows(IllegalArgumentException.class, () -> weekends.plusBusinessDays(LocalDate.of(2026, 11, 20), 0));
    }

    @Test
    @DisplayName("Holiday set: a holiday is skipped; the fast overrides agree with the interface's definitions across years")
    void holidaySetAgreesWithDefinition() {
        BusinessCalendar calendar = new HolidaySetCalendar("test", year -> Set.of(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 31)));
        BusinessCalendar plain = reference(calendar);

        assertEquals(LocalDate.of(2027, 1, 4), calendar.plusBusinessDays(LocalDate.of(2026, 12, 30), 1),
                "Thu 31 Dec and Fri 1 Jan are holidays here");
        for (LocalDate day = LocalDate.of(2026, 12, 1); day.isBefore(LocalDate.of(2028, 2, 1)); day = day.plusDays(1)) {
            for (int n = 1; n <= 12; n++) {
                assertEquals(plain.plusBusinessDays(day, n), calendar.plusBusinessDays(day, n), day + " + " + n);
            }
            assertEquals(plain.onOrAfter(day), calendar.onOrAfter(day), "on or after " + day);
        }
        BusinessCalendar weekends = BusinessCalendar.weekendsOnly();
        BusinessCalendar plainWeekends = reference(weekends);
        for (LocalDate day = LocalDate.of(2026, 12, 1); day.isBefore(LocalDate.of(2027, 2, 1)); day = day.plusDays(1)) {
            assertEquals(plainWeekends.plusBusinessDays(day, 7), weekends.plusBusinessDays(day, 7));
            assertEquals(plainWeekends.onOrAfter(day), weekends.onOrAfter(day));
        }
    }

    @Test
    @DisplayName("Holiday set: each year's holidays are asked for once, whatever the number of lookups")
    void holidaySetCachesYears() {
        AtomicInteger calls = new AtomicInteger();
        BusinessCalendar calendar = new HolidaySetCalendar("counting", year -> {
            calls.incrementAndGet();
            return Set.of();
        });
        for (int i = 0; i < 1000; i++) {
            calendar.isBusinessDay(LocalDate.of(2026, 1, 1).plusDays(i % 365));
        }
        calendar.isBusinessDay(LocalDate.of(2500, 6, 1)); // outside the array of years
        calendar.isBusinessDay(LocalDate.of(2500, 6, 2));
        assertEquals(2, calls.get());
    }

    @Test
    @DisplayName("Reason dates read \"EEE d MMM\" in English, with the year only when it is not today's")
    void shortDates() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        LocalDate today = LocalDate.of(2026, 6, 1);
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            assertEquals(pattern.format(day), ShortDates.format(day, today));
        }
        assertEquals("Fri 20 Nov", ShortDates.format(LocalDate.of(2026, 11, 20), today));
        assertEquals("Fri 1 Jan 2027", ShortDates.format(LocalDate.of(2027, 1, 1), today));
    }
}
