package app.nudge.exchange;

import static app.nudge.exchange.ImportChecks.app;
import static app.nudge.exchange.ImportChecks.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.CommandLineDatabases;
import app.nudge.store.StoreBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 7, the reader's part: garbage after the document, a version that only looks
 * like 1, an id too long for the store (exit 3 and SQL before), and the JSON document itself read
 * strictly: duplicate keys, wrong types, depth and size limits. Every refusal: exit 2, one line
 * naming the field path or the line and column, the database unchanged.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class StrictJsonReadingTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

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

    private static final String VALID = doc(app("\"id\":\"new\""));

    @ParameterizedTest
    @ValueSource(strings = {" garbage", "}", "{}", "]", " null", "\n\"more\"", " 1", "\u0000", ",{}"})
    void anythingAfterTheDocumentIsRefusedNamingThePlace(String after) throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refusedStarting(VALID + after, "more after the end of the JSON document (line ");
    }

    @Test
    void whiteSpaceAfterTheDocumentIsFine() throws IOException {
        assertTrue(new ImportChecks(folder, databases.named("nudge")).imported(VALID + "\n\r\n \t  \n").contains("\"id\": \"new\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551617", "9223372036854775808", "1.0", "1.5", "1e0", "\"1\"", "-1", "0",
            "true", "[1]", "{}"})
    void aVersionThatIsNotExactlyAWholeNumberIsRefused(String version) throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused("{\"format\":\"nudge\",\"version\":" + version + ",\"applications\":[]}",
                "version: must be the whole number 1, written without a decimal point or quotes");
    }

    @Test
    void aNewerVersionAsksForAnUpdate() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused("{\"format\":\"nudge\",\"version\":2,\"applications\":[]}",
                "version: version 2 is newer than this Nudge reads (1); update Nudge");
    }

    @Test
    void anIdTooLongForTheStoreIsBadInputNamingItNotAnSqlError() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(doc(app("\"id\":\"x\"") + "," + app("\"id\":\"" + "i".repeat(600) + "\"")),
                "applications[1].id: longer than 500 characters");
    }

    /** Seen in a trial: a 600-character company without an id was refused as "id: longer than 500". */
    @Test
    void aCompanyTooLongIsNamedNotTheIdMadeFromIt() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(doc("{\"company\":\"" + "c".repeat(600) + "\",\"role\":\"R\"}"),
                "applications[0].company: longer than 200 characters");
        new ImportChecks(folder, databases.named("nudge")).refused(doc("{\"company\":\"" + "c".repeat(300) + "\",\"role\":\"" + "r".repeat(300) + "\"}"),
                "applications[0].company: longer than 200 characters");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"format\":\"nudge\",\"format\":\"nudge\",\"version\":1}                             | format",
        "{\"format\":\"nudge\",\"version\":1,\"settings\":{\"yourName\":\"a\",\"yourName\":\"b\"}} | settings.yourName",
        "{\"format\":\"nudge\",\"version\":1,\"applications\":[{\"company\":\"C\",\"role\":\"R\",\"company\":\"D\"}]} | applications[0].company",
        "{\"format\":\"nudge\",\"version\":1,\"applications\":[{\"company\":\"C\",\"role\":\"R\"},{\"company\":\"C\",\"role\":\"R\",\"contacts\":[{},{\"name\":\"a\",\"name\":\"a\"}]}]} | applications[1].contacts[1].name",
        "{\"format\":\"nudge\",\"version\":1,\"applications\":[{\"company\":\"C\",\"role\":\"R\",\"events\":[{\"type\":\"CLOSED\",\"on\":\"2026-01-01\",\"on\":\"2026-01-02\"}]}]} | applications[0].events[0].on"})
    void aKeyGivenTwiceIsRefusedNamingItsPath(String json, String path) throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(json, path + ": given twice in the same object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"id\":42                                      | applications[0].id: not a text",
        "\"url\":1e999999                               | applications[0].url: not a text",
        "\"notes\":-0.5                                 | applications[0].notes: not a text",
        "\"notes\":[\"a\"]                              | applications[0].notes: not a text",
        "\"mayCall\":\"true\"                           | applications[0].mayCall: not true or false",
        "\"contacts\":{}                                | applications[0].contacts: not a list",
        "\"contacts\":[\"Pat\"]                         | applications[0].contacts[0]: not an object",
        "\"interviews\":[{\"endedAt\":20260101}]        | applications[0].interviews[0].endedAt: not a date-time",
        "\"interviews\":[{\"endedAt\":\"2026-01-01T10:00\",\"interviewers\":[\"A\",7]}] | applications[0].interviews[0].interviewers[1]: not a text",
        "\"events\":[{\"type\":3,\"on\":\"2026-01-01\"}] | applications[0].events[0].type: not a text",
        "\"appliedOn\":{}                               | applications[0].appliedOn: not a date (yyyy-MM-dd)"})
    void aValueOfTheWrongTypeIsRefusedNamingTheField(String fields, String message) throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(doc(app(fields)), message);
    }

    @Test
    void aDocumentThatIsNoObjectOrNothingIsRefused() throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        checks.refused("[]", "the file holds no JSON object at its top level");
        checks.refused("\"nudge\"", "the file holds no JSON object at its top level");
        checks.refused("", "the file is empty");
        checks.refused("  \n ", "the file is empty");
        checks.refused("{\"format\":\"nudge\",\"version\":1,\"settings\":[]}", "settings: not an object");
        checks.refused(doc("\"x\""), "applications[0]: not an object");
    }

    @Test
    @Timeout(60)
    void deepNestingIsRefusedWithoutExhaustingTheStack() throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        for (int depth : new int[] {65, 10_000, 1_000_000}) {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            checks.refusedStarting(doc(app("\"extra\":" + nested)), "nested deeper than 64 levels, more than an exchange file has (line 1, column ");
        }
        String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        checks.refusedStarting(doc(app("\"extra\":" + objects)), "nested deeper than 64 levels");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedWithItsPlace() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refusedStarting(doc(app("\"notes\":" + "9".repeat(5000))),
                "a number with more digits than Nudge reads (line 1, column ");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPlace() throws IOException {
        byte[] good = doc(app("\"notes\":\"caf\"")).getBytes(StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("caf") + 3;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xE9; // Latin-1 é, not UTF-8
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        String message = new ImportChecks(folder, databases.named("nudge")).refusal(bad);
        assertTrue(message.startsWith("not valid JSON (line 1, column "), message);
    }

    @Test
    void unknownFieldsAreIgnoredAsTheFormatSays() throws IOException {
        String export = new ImportChecks(folder, databases.named("nudge")).imported(doc(app("\"id\":\"new\",\"colour\":\"blue\",\"rating\":5")));
        assertTrue(export.contains("\"id\": \"new\"") && !export.contains("colour"), export);
        assertEquals(-1, export.indexOf("rating"));
    }
}
