package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.replies.DatePhrases.Purpose;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, "Dates in words": every row of docs/replies.md's phrase table, relative to a message
 * sent Wednesday 2026-12-02. An empty expectation means the phrase names no date for that purpose.
 */
class DatePhrasesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "[{index}] \"{0}\" as {1} ({3}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            we will decide by Friday                    | DECISION   | 2026-12-04 | US
            on Monday                                   | DECISION   | 2026-12-07 | US
            by Wednesday                                | DECISION   | 2026-12-09 | US
            this Friday                                 | DECISION   | 2026-12-04 | US
            next Friday                                 | DECISION   | 2026-12-11 | US
            Friday, December 11                         | DECISION   | 2026-12-11 | US
            Fri, Dec 11                                 | ROUND      | 2026-12-11 | US
            Monday the 7th, 9am to 1pm                  | ROUND      | 2026-12-07 | US
            Monday, the 14th                            | DECISION   | 2026-12-14 | US
            Tuesday the 7th                             | DECISION   | -          | US
            Friday next week                            | DECISION   | 2026-12-11 | US
            by the end of this week                     | DECISION   | 2026-12-04 | US
            by end of the week                          | DECISION   | 2026-12-04 | US
            later this week                             | DECISION   | 2026-12-04 | US
            by end of next week                         | DECISION   | 2026-12-11 | US
            next week                                   | DECISION   | 2026-12-11 | US
            next week                                   | CHECK_BACK | 2026-12-07 | US
            next week                                   | ROUND      | -          | US
            early next week                             | DECISION   | 2026-12-08 | US
            early next week                             | CHECK_BACK | 2026-12-07 | US
            the week after next                         | DECISION   | 2026-12-18 | US
            the week after next                         | CHECK_BACK | 2026-12-14 | US
            in two weeks                                | DECISION   | 2026-12-16 | US
            in 2 weeks                                  | CHECK_BACK | 2026-12-16 | US
            in a week                                   | DECISION   | 2026-12-09 | US
            within a couple of weeks                    | DECISION   | 2026-12-16 | US
            in 5 days                                   | DECISION   | 2026-12-07 | US
            within 10 days                              | DECISION   | 2026-12-12 | US
            within 10 business days                     | DECISION   | 2026-12-16 | US
            within 3 working days                       | DECISION   | 2026-12-07 | US
            within 10 days                              | ROUND      | -          | US
            tomorrow                                    | DECISION   | 2026-12-03 | US
            tomorrow                                    | ROUND      | 2026-12-03 | US
            December 12                                 | DECISION   | 2026-12-12 | US
            12 December                                 | DECISION   | 2026-12-12 | GB
            Dec. 12th                                   | DECISION   | 2026-12-12 | US
            Dec 12                                      | ROUND      | 2026-12-12 | US
            the 12th of December                        | DECISION   | 2026-12-12 | GB
            Saturday, December 12                       | DECISION   | 2026-12-12 | US
            Sat, Dec 12, 2026                           | DECISION   | 2026-12-12 | US
            Friday, December 12                         | DECISION   | -          | US
            December 12, 2027                           | DECISION   | 2027-12-12 | US
            2026-12-12                                  | DECISION   | 2026-12-12 | DE
            12/12                                       | DECISION   | 2026-12-12 | US
            3/12                                        | DECISION   | 2027-03-12 | US
            3/12                                        | DECISION   | 2026-12-03 | GB
            3/12                                        | DECISION   | 2026-12-03 | DE
            3/12                                        | DECISION   | 2027-03-12 | PH
            12/3/2027                                   | DECISION   | 2027-12-03 | CA
            31/11                                       | DECISION   | -          | GB
            February 30                                 | DECISION   | -          | US
            Friday, February 30                         | DECISION   | -          | US
            January 5                                   | DECISION   | 2027-01-05 | US
            November 30                                 | DECISION   | 2027-11-30 | US
            the 12th                                    | DECISION   | 2026-12-12 | US
            on the 1st                                  | CHECK_BACK | 2027-01-01 | US
            early January                               | DECISION   | 2027-01-10 | US
            mid-January                                 | DECISION   | 2027-01-15 | US
            mid January                                 | CHECK_BACK | 2027-01-15 | US
            end of January                              | DECISION   | 2027-01-31 | US
            late January                                | DECISION   | 2027-01-31 | US
            the end of December                         | DECISION   | 2026-12-31 | US
            end of January                              | ROUND      | -          | US
            by the end of the month                     | DECISION   | 2026-12-31 | US
            reach out after the 15th                    | CHECK_BACK | 2026-12-16 | US
            after the 15th                              | DECISION   | 2026-12-15 | US
            we are open 24/7                            | DECISION   | -          | GB
            thanks for your time                        | DECISION   | -          | US
            """)
    void phrase(String phrase, Purpose purpose, LocalDate expected, String country) {
        Optional<DatePhrases.Found> found = DatePhrases.first(Flat.of(phrase), WEDNESDAY, purpose, Locale.of("en", country));
        assertEquals(Optional.ofNullable(expected), found.map(DatePhrases.Found::date));
    }

    @ParameterizedTest(name = "[{index}] the first phrase wins: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            we will decide by Friday, or December 12 at the latest | 2026-12-04
            on Tuesday, December 8 at 2pm                         | 2026-12-08
            expect an update within 10 days                       | 2026-12-12
            """)
    void leftmostLongest(String sentence, LocalDate expected) {
        assertEquals(expected, DatePhrases.first(Flat.of(sentence), WEDNESDAY, Purpose.DECISION, Locale.US).orElseThrow().date());
    }
}
