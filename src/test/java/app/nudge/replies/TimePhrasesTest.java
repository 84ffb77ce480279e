package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, next round "with the date AND time when named": the times a round is read at. */
class TimePhrasesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            on Tuesday at 2pm                 | 14:00
            December 12 at 2:30 PM            | 14:30
            at 2 p.m. Eastern                 | 14:00
            at 11am                           | 11:00
            12pm                              | 12:00
            12am                              | 00:00
            December 12 at 10:30              | 10:30
            14:00                             | 14:00
            at 10                             | 10:00
            at 3                              | 15:00
            at noon                           | 12:00
            within 10 days                    | -
            at 10 days                        | -
            on 12/12                          | -
            """)
    void time(String phrase, LocalTime expected) {
        assertEquals(Optional.ofNullable(expected), TimePhrases.first(Flat.of(phrase)));
    }
}
