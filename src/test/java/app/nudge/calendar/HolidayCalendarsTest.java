package app.nudge.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.policy.BusinessCalendar;
import app.nudge.policy.CalendarChooser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** National public holidays from jollyday (docs/follow-up-rules.md, section 1). */
class HolidayCalendarsTest {

    private final HolidayCalendars calendars = new HolidayCalendars();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    @DisplayName("US: Fri 20 Nov 2026 + 5 bd = Mon 30 Nov (Thu 26 Nov is Thanksgiving)")
    void usThanksgiving() {
        BusinessCalendar us = calendars.forCountry("US");
        assertEquals(date(2026, 11, 30), us.plusBusinessDays(date(2026, 11, 20), 5));
        assertFalse(us.isBusinessDay(date(2026, 11, 26)));
        assertTrue(us.isBusinessDay(date(2026, 11, 27)), "the day after Thanksgiving is not a federal holiday");
    }

    @Test
    @DisplayName("US: no Columbus Day (Mon 12 Oct 2026) at the national level; Independence Day observed Fri 3 Jul 2026")
    void usNoColumbusDay() {
        BusinessCalendar us = calendars.forCountry("US");
        assertTrue(us.isBusinessDay(date(2026, 10, 12)));
        assertFalse(us.isBusinessDay(date(2026, 7, 3)));
    }

    @Test
    @DisplayName("US: a holiday observed in the year before (New Year's Day 2022 on Fri 31 Dec 2021) counts")
    void usObservedAcrossYears() {
        BusinessCalendar us = calendars.forCountry("US");
        assertFalse(us.isBusinessDay(date(2021, 12, 31)));
        assertEquals(date(2022, 1, 3), us.plusBusinessDays(date(2021, 12, 30), 1));
    }

    @Test
    @DisplayName("GB: Christmas Fri 25 Dec 2026 and Boxing Day's substitute Mon 28 Dec are holidays")
    void gbChristmas() {
        BusinessCalendar gb = calendars.forCountry("gb");
        assertFalse(gb.isBusinessDay(date(2026, 12, 25)));
        assertFalse(gb.isBusinessDay(date(2026, 12, 28)));
        assertEquals(date(2026, 12, 29), gb.plusBusinessDays(date(2026, 12, 24), 1));
        assertEquals(date(2026, 12, 29), gb.onOrAfter(date(2026, 12, 26)));
    }

    @Test
    @DisplayName("DE: Ascension Day Thu 14 May 2026 is a national holiday; regional ones (Epiphany, BW) are not")
    void germanAscension() {
        BusinessCalendar de = calendars.forCountry("DE");
        assertFalse(de.isBusinessDay(date(2026, 5, 14)));
        assertTrue(de.isBusinessDay(date(2026, 1, 6)), "Epiphany is regional in Germany");
        assertEquals(date(2026, 5, 15), de.plusBusinessDays(date(2026, 5, 13), 1));
    }

    @Test
    @DisplayName("Only PUBLIC_HOLIDAY counts: observances (AT Christmas Eve) and bank holidays (CH 2 Jan) do not")
    void onlyPublicHolidaysCount() {
        // jollyday 1.7.0 types these as OBSERVANCE and BANK_HOLIDAY at the national level.
        BusinessCalendar at = calendars.forCountry("AT");
        assertTrue(at.isBusinessDay(date(2026, 12, 24)));
        assertFalse(at.isBusinessDay(date(2026, 12, 8)), "Immaculate Conception is a public holiday in Austria");
        assertTrue(calendars.forCountry("CH").isBusinessDay(date(2026, 1, 2)));
    }

    @Test
    @DisplayName("One calendar per country is made and kept")
    void cachesPerCountry() {
        assertSame(calendars.forCountry("US"), calendars.forCountry("us"));
        assertEquals("US public holidays", calendars.forCountry("US").description());
    }

    @Test
    @DisplayName("An unknown code is refused with a message listing the valid ones")
    void unknownCountry() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> calendars.forCountry("XX"));
        assertTrue(error.getMessage().contains("XX"), error.getMessage());
        assertTrue(error.getMessage().contains("DE, DK"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> calendars.forCountry("NYSE"), "not a country");
    }

    @Test
    @DisplayName("Supported countries: sorted, upper case, two-letter ISO codes only")
    void supportedCountries() {
        List<String> codes = new ArrayList<>(calendars.supportedCountries());
        assertTrue(codes.containsAll(List.of("US", "GB", "DE", "FR", "JP")));
        assertTrue(codes.stream().allMatch(c -> c.matches("[A-Z]{2}")), codes.toString());
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
        assertTrue(calendars.isSupported("de"));
        assertFalse(calendars.isSupported("TARGET"));
        assertFalse(calendars.isSupported(null));
    }

    @Test
    @DisplayName("Chooser: the application's country, else the default; an unknown application country counts as unset")
    void chooser() {
        CalendarChooser chooser = calendars.chooser("GB", false);
        assertSame(calendars.forCountry("US"), chooser.forCountry("US"));
        assertSame(calendars.forCountry("GB"), chooser.forCountry(""));
        assertSame(calendars.forCountry("GB"), chooser.forCountry(null));
        assertSame(calendars.forCountry("GB"), chooser.forCountry("ZZ"));
        assertSame(calendars.forCountry("US"), calendars.chooser(null, false).forCountry(""));
        assertThrows(IllegalArgumentException.class, () -> calendars.chooser("ZZ", false));
    }

    @Test
    @DisplayName("Chooser: --holidays none counts weekends only for every application, whatever its country")
    void chooserHolidaysNone() {
        CalendarChooser chooser = calendars.chooser("US", true);
        assertTrue(chooser.forCountry("US").isBusinessDay(date(2026, 11, 26)));
        assertTrue(chooser.forCountry("GB").isBusinessDay(date(2026, 12, 28)));
        assertFalse(chooser.forCountry("").isBusinessDay(date(2026, 11, 28)));
    }

    @Test
    @DisplayName("Default country: the settings, else the locale's country if supported, else US")
    void defaultCountry() {
        assertEquals("DE", HolidayCalendars.defaultCountry("de", Locale.UK));
        assertEquals("GB", HolidayCalendars.defaultCountry("", Locale.UK));
        assertEquals("GB", HolidayCalendars.defaultCountry(null, Locale.UK));
        assertEquals("US", HolidayCalendars.defaultCountry("", Locale.ENGLISH));
        assertEquals("US", HolidayCalendars.defaultCountry("", Locale.of("en", "AQ")));
        assertEquals("US", HolidayCalendars.defaultCountry(null, null));
    }
}
