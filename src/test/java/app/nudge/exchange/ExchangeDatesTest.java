package app.nudge.exchange;

import static app.nudge.exchange.ImportChecks.app;
import static app.nudge.exchange.ImportChecks.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.store.CommandLineDatabases;
import app.nudge.store.StoreBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 5 ("Dates change on the way in"): a local date-time is kept as written in any
 * time zone, and a year the app does not keep exactly is refused naming the field.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ExchangeDatesTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    @TempDir
    Path folder;

    /** Where each test's searches are, as typed after --db (a file, or a schema of its own). */
    private CommandLineDatabases databases;

    @org.junit.jupiter.api.BeforeEach
    void typedDatabases() {
        databases = new CommandLineDatabases(backend, folder);
    }

    @org.junit.jupiter.api.AfterEach
    void restoreHome() {
        databases.close();
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    /** Edge years of the range, DST gaps and overlaps of several zones, seconds given and not. */
    private static final String EDGES = doc(String.join(",",
            "{\"id\":\"a\",\"company\":\"C\",\"role\":\"R\",\"appliedOn\":\"1900-01-01\",\"interviews\":["
                    + "{\"endedAt\":\"1900-01-01T00:00\",\"decisionExpectedBy\":\"2999-12-31\"},"
                    + "{\"endedAt\":\"2026-03-08T02:30\"},{\"endedAt\":\"2026-11-01T01:30:15\"},"
                    + "{\"endedAt\":\"2026-03-29T01:30\"},{\"endedAt\":\"2026-10-04T02:15\"},"
                    + "{\"endedAt\":\"2999-12-31T23:59:59\"}],"
                    + "\"events\":[{\"type\":\"SNOOZED\",\"on\":\"1900-01-01\",\"until\":\"2999-12-31\"}]}"));

    @Test
    void theNewYorkSpringGapTimeRoundTripsUnchanged() throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        String export = checks.imported(doc(app("\"id\":\"gap\",\"interviews\":[{\"endedAt\":\"2026-03-08T02:30\"}]")));
        assertTrue(export.contains("\"endedAt\": \"2026-03-08T02:30\""), export);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia",
            "Asia/Kathmandu", "America/St_Johns"})
    void exportImportExportIsByteIdenticalInEveryZone(String zone) throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        CliRunner cli = new CliRunner();
        Path source = folder.resolve("edges.json");
        Files.writeString(source, EDGES);
        assertEquals(Cli.OK, cli.run("import", source.toString(), "--db", databases.named("a")).exitCode());
        Path first = folder.resolve("first.json");
        assertEquals(Cli.OK, cli.run("export", "--db", databases.named("a"), "--out", first.toString()).exitCode());
        String text = Files.readString(first);
        for (String kept : new String[] {"\"appliedOn\": \"1900-01-01\"", "\"endedAt\": \"1900-01-01T00:00\"",
                "\"endedAt\": \"2026-03-08T02:30\"", "\"endedAt\": \"2026-11-01T01:30:15\"", "\"endedAt\": \"2026-03-29T01:30\"",
                "\"endedAt\": \"2026-10-04T02:15\"", "\"endedAt\": \"2999-12-31T23:59:59\"", "\"until\": \"2999-12-31\""}) {
            assertTrue(text.contains(kept), zone + ": " + kept + " in\n" + text);
        }
        assertEquals(Cli.OK, cli.run("import", first.toString(), "--db", databases.named("b")).exitCode());
        assertEquals(text, cli.run("export", "--db", databases.named("b")).out(), zone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the cases: year 0 went to -0001-12-30, 1500 moved ten days, +999999999 came back unreadable
        "\"interviews\":[{\"endedAt\":\"0000-01-01T10:00\"}]   | applications[0].interviews[0].endedAt",
        "\"interviews\":[{\"endedAt\":\"1500-06-01T10:00\"}]   | applications[0].interviews[0].endedAt",
        "\"interviews\":[{\"endedAt\":\"+999999999-12-31T10:00\"}] | applications[0].interviews[0].endedAt",
        "\"interviews\":[{\"endedAt\":\"1899-12-31T23:59\"}]   | applications[0].interviews[0].endedAt",
        "\"interviews\":[{\"endedAt\":\"3000-01-01T00:00\"}]   | applications[0].interviews[0].endedAt",
        "\"interviews\":[{\"endedAt\":\"2026-01-01T00:00\",\"decisionExpectedBy\":\"3000-01-01\"}] | applications[0].interviews[0].decisionExpectedBy",
        "\"appliedOn\":\"1899-12-31\"                          | applications[0].appliedOn",
        "\"appliedOn\":\"-0001-01-01\"                         | applications[0].appliedOn",
        "\"events\":[{\"type\":\"CLOSED\",\"on\":\"0202-01-01\"}] | applications[0].events[0].on",
        "\"events\":[{\"type\":\"SNOOZED\",\"on\":\"2026-01-01\",\"until\":\"+20266-01-01\"}] | applications[0].events[0].until",
        "\"events\":[{\"type\":\"CHECK_BACK_AGREED\",\"on\":\"2026-01-01\",\"checkBackOn\":\"3026-01-01\"}] | applications[0].events[0].checkBackOn",
        "\"events\":[{\"type\":\"REPLY_RECEIVED\",\"on\":\"2026-01-01\",\"newDecisionBy\":\"9999-01-01\"}] | applications[0].events[0].newDecisionBy"})
    void aYearOutsideTheKeptRangeIsRefusedNamingTheField(String fields, String path) throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(doc(app(fields)), path + ": the year must be between 1900 and 2999");
    }
}
