package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LooseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-02", "2026-11-02T10:00:00.000Z", "2026-11-02 10:00", "11/2/26, 10:15 AM", "11/02/2026",
        "2.11.2026", "Nov 2, 2026", "November 2, 2026", "2 Nov 2026"})
    void readsTheFormsTrackersWrite(String text) {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), LooseDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "2026-02-30", "13/45/2026", "2026/11"})
    void refusesWhatIsNotADay(String text) {
        assertEquals(Optional.empty(), LooseDates.parse(text));
    }
}
