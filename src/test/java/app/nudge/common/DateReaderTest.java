package app.nudge.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person may type into a date field, read against a fixed reference day (Mon 30 Nov 2026). */
class DateReaderTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 30);

    private static Optional<LocalDate> us(String text) {
        return DateReader.typed(text, REFERENCE, Locale.US);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12/11/2026", "12/11/26", "2026-12-11", " 2026-12-11 ", "12/11", "12-11", "Dec 11", "11 Dec", "11 December",
        "december 11", "Dec 11, 2026", "11 Dec 2026", "Fri 11 Dec", "Friday, December 11, 2026", "DEC 11"})
    void readsTheUsShortFormIsoAndMonthNames(String text) {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), us(text));
    }

    @Test
    void readsTheDayFirstWhereTheLocaleWritesTheDayFirst() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DateReader.typed("11/12/2026", REFERENCE, Locale.UK));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DateReader.typed("11/12", REFERENCE, Locale.UK));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DateReader.typed("11.12.2026", REFERENCE, Locale.GERMANY));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DateReader.typed("11. Dezember", REFERENCE, Locale.GERMANY));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), DateReader.typed("11 Dec", REFERENCE, Locale.GERMANY),
                "English month names are read in any locale");
    }

    @Test
    void aDateWithoutAYearIsTheNextSuchDayOnOrAfterTheReference() {
        assertEquals(Optional.of(REFERENCE), us("11/30"), "the reference day itself");
        assertEquals(Optional.of(LocalDate.of(2027, 11, 29)), us("11/29"), "yesterday means next year");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), us("Jan 5"));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), us("Feb 29"), "the next leap day");
    }

    @Test
    void readsTodayAndTomorrow() {
        assertEquals(Optional.of(REFERENCE), us("Today"));
        assertEquals(Optional.of(REFERENCE.plusDays(1)), us("tomorrow"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "someday", "next tuesday", "2026-02-30", "13/45/2026", "2/30", "31 April",
        "12/11/202", "Dec", "Dec Jan 11", "11", "2026/11", "11 Dec 2026 extra"})
    void refusesWhatIsNotADay(String text) {
        assertEquals(Optional.empty(), us(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-02", "2026-11-02T10:00:00.000Z", "2026-11-02 10:00", "11/2/26, 10:15 AM", "11/02/2026",
        "2.11.2026", "Nov 2, 2026", "November 2, 2026", "2 Nov 2026"})
    void looseReadsTheFormsTrackersWriteWhateverTheLocale(String text) {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), DateReader.loose(text));
    }

    @Test
    void looseNeedsAYearBecauseASheetHasNoReferenceDay() {
        assertEquals(Optional.empty(), DateReader.loose("Nov 2"));
    }

    @Test
    void theDisplayFormHasAFourDigitYearAndReadsBack() {
        var display = DateReader.displayFormat(Locale.US);
        assertEquals("12/11/2026", display.format(LocalDate.of(2026, 12, 11)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), us(display.format(LocalDate.of(2026, 12, 11))));
        var uk = DateReader.displayFormat(Locale.UK);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)),
                DateReader.typed(uk.format(LocalDate.of(2026, 12, 11)), REFERENCE, Locale.UK));
    }
}
