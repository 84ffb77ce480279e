package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 5: a local date-time is stored and read as written, whatever the JVM's time zone
 * (java.sql.Timestamp moved 02:30 in New York's spring gap to 03:30, and went Julian before 1582).
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class LocalDateTimeStoreTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    @TempDir
    Path folder;

    /** This test's search: reopened by the same path, as the app does. */
    private DatabasePath path;

    @org.junit.jupiter.api.BeforeEach
    void newSearch() {
        path = backend.newDatabase(folder);
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    /** Times that do not exist (spring gaps) or exist twice (autumn overlaps) somewhere. */
    private static final List<LocalDateTime> HARD_TIMES = List.of(
            LocalDateTime.of(2026, 3, 8, 2, 30),      // New York spring gap
            LocalDateTime.of(2026, 11, 1, 1, 30),     // New York autumn overlap
            LocalDateTime.of(2026, 3, 29, 1, 30),     // London spring gap
            LocalDateTime.of(2026, 10, 4, 2, 15),     // Lord Howe's half-hour gap
            LocalDateTime.of(2011, 12, 30, 12, 0),    // the day Samoa skipped
            LocalDateTime.of(1900, 1, 1, 0, 0),       // the first moment the import accepts
            LocalDateTime.of(2999, 12, 31, 23, 59, 59)); // the last one

    private static Application withRounds(List<LocalDateTime> ends, LocalDate day) {
        List<InterviewRound> rounds = ends.stream().map(t -> new InterviewRound(t, null, "", List.of())).toList();
        return new Application("a", "C", "R", "", day, "", "", "", false, false, "", List.of(), rounds,
                day == null ? List.of() : List.of(Event.of(EventType.THANK_YOU_SENT, day)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia",
            "Asia/Kathmandu", "UTC"})
    void dateTimesStayAsWrittenInEveryZone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Application written = withRounds(HARD_TIMES, LocalDate.of(1900, 1, 1));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(written);
            assertEquals(written, new ApplicationRepository(db).find("a").orElseThrow(), zone);
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(written, new ApplicationRepository(db).find("a").orElseThrow(), zone + ", reopened");
        }
    }

    @Test
    void theNewYorkSpringGapTimeIsKept() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(withRounds(List.of(LocalDateTime.of(2026, 3, 8, 2, 30)), null));
            assertEquals(LocalDateTime.of(2026, 3, 8, 2, 30),
                    new ApplicationRepository(db).find("a").orElseThrow().interviews().get(0).endedAt());
        }
    }

    /**
     * What H2 itself keeps: every year java.time has, dates and date-times alike, through
     * setObject/getObject. So the range the readers accept (FieldLimits) is the app's choice, not
     * the store's limit.
     */
    @ParameterizedTest
    @ValueSource(ints = {-999_999_999, -1, 0, 1, 1000, 1500, 1582, 1583, 1899, 9999, 10_000, 999_999_999})
    void h2KeepsEveryJavaTimeYearExactly(int year) {
        // H2's own range; PostgreSQL's (4713 BC to 294276 AD) is narrower, see the test below.
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.H2, "years beyond PostgreSQL's range");
        yearKeptExactly(year);
    }

    /** Years far outside what an import accepts (1900 to 2999) still come back exactly from both stores. */
    @ParameterizedTest
    @ValueSource(ints = {1, 1000, 1500, 1582, 1583, 1899, 1900, 2999, 9999, 10_000, 200_000})
    void bothStoresKeepEveryYearOfTheCommonEraExactly(int year) {
        yearKeptExactly(year);
    }

    private void yearKeptExactly(int year) {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        LocalDate day = LocalDate.of(year, 10, 10);
        Application written = withRounds(List.of(day.atTime(2, 30), LocalDate.of(year, 3, 8).atTime(2, 30)), day);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(written);
            assertEquals(written, new ApplicationRepository(db).find("a").orElseThrow(), "year " + year);
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(written, new ApplicationRepository(db).find("a").orElseThrow(), "year " + year + ", reopened");
        }
    }
}
