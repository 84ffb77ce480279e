package app.nudge.exchange;

import static app.nudge.exchange.ImportChecks.app;
import static app.nudge.exchange.ImportChecks.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.CommandLineDatabases;
import app.nudge.store.StoreBackend;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 6, the import's half: texts are kept exactly as given (ESC, BEL, CR, TAB, RTL
 * marks, emoji), except a NUL, refused naming the field; and every text has a length the store
 * keeps, so a longer one is bad input naming field and limit, never an SQL error.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ImportTextsTest {

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

    private static final String ODD = "a\\u001b[2J\\u001b]0;title\\u0007b\\rc\\td\\u007f\\u0085\\u200f\\u202e"
            + "\\u2028\\ufeff\\ufffd\\uffff\\ud83c\\udf89\\u65e5\\u0627 e\\u0301";

    @Test
    void everyCharacterButNulIsKeptExactlyAndRoundTrips() throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        String json = doc("{\"id\":\"odd\",\"company\":\"" + ODD + "\",\"role\":\"" + ODD + "\",\"notes\":\"" + ODD + "\","
                + "\"contacts\":[{\"name\":\"" + ODD + "\",\"title\":\"" + ODD + "\"}],"
                + "\"interviews\":[{\"endedAt\":\"2026-01-01T10:00\",\"talkingPoint\":\"" + ODD + "\",\"interviewers\":[\"" + ODD + "\"]}],"
                + "\"events\":[{\"type\":\"THANK_YOU_SENT\",\"on\":\"2026-01-01\",\"recipient\":\"" + ODD + "\",\"note\":\"" + ODD + "\"}]}");
        String expected = new ObjectMapper().readTree("\"" + ODD + "\"").textValue();
        String export = checks.imported(json);
        JsonNode odd = null;
        for (JsonNode a : new ObjectMapper().readTree(export).get("applications")) {
            if (a.get("id").textValue().equals("odd")) {
                odd = a;
            }
        }
        for (JsonNode text : new JsonNode[] {odd.get("company"), odd.get("role"), odd.get("notes"),
            odd.at("/contacts/0/name"), odd.at("/contacts/0/title"), odd.at("/interviews/0/talkingPoint"),
            odd.at("/interviews/0/interviewers/0"), odd.at("/events/0/recipient"), odd.at("/events/0/note")}) {
            assertEquals(expected, text.textValue());
        }
        assertEquals(export, checks.imported(export), "export, import, export: the same bytes");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"id\":\"a\\u0000\"                                  | applications[0].id",
        "\"notes\":\"\\u0000\"                                | applications[0].notes",
        "\"url\":\"https://x.example/\\u0000\"                | applications[0].url",
        "\"country\":\"U\\u0000S\"                            | applications[0].country",
        "\"appliedOn\":\"2026-01-01\\u0000\"                  | applications[0].appliedOn",
        "\"contacts\":[{\"email\":\"p\\u0000@x.org\"}]        | applications[0].contacts[0].email",
        "\"interviews\":[{\"endedAt\":\"2026-01-01T10:00\",\"interviewers\":[\"A\",\"B\\u0000\"]}] | applications[0].interviews[0].interviewers[1]",
        "\"events\":[{\"type\":\"CLOSED\\u0000\",\"on\":\"2026-01-01\"}] | applications[0].events[0].type",
        "\"events\":[{\"type\":\"CLOSED\",\"on\":\"2026-01-01\",\"note\":\"\\u0000\\u0000\"}] | applications[0].events[0].note"})
    void aNulInAnyTextIsRefusedNamingTheField(String fields, String path) throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        String message = checks.refusal(doc(app(fields)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(path + ": contains the character NUL (U+0000)", message.replaceAll(" at position \\d+; remove it$", ""));
        assertFalse(message.contains("\u0000"), "the NUL itself is never printed");
    }

    @Test
    void aNulInTheSettingsIsRefusedToo() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused("{\"format\":\"nudge\",\"version\":1,\"settings\":{\"signature\":\"Jo\\u0000\"}}",
                "settings.signature: contains the character NUL (U+0000) at position 3; remove it");
    }

    @Test
    void halfOfASurrogatePairIsRefused() throws IOException {
        new ImportChecks(folder, databases.named("nudge")).refused(doc(app("\"notes\":\"ok \\ud83c\"")),
                "applications[0].notes: contains half of a character (U+D83C) at position 4; remove it");
    }

    /** One application with id, company and role, then {@code field} set to {@code value}. */
    private static String withField(String id, String field, String value) {
        ObjectNode app = JsonNodeFactory.instance.objectNode().put("id", id).put("company", "C").put("role", "R");
        app.put(field, value);
        return doc(app.toString());
    }

    @ParameterizedTest(name = "{0} up to {1}")
    @CsvSource({"id, 500", "company, 200", "role, 200", "notes, 20000", "url, 1000000", "location, 1000000", "source, 1000000"})
    void eachTextUpToItsLimitIsKeptAndOneMoreIsRefusedNamingFieldAndLimit(String field, int limit) throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        String atLimit = "x".repeat(limit);
        String export = checks.imported(withField("limit", field, atLimit));
        assertTrue(export.contains("\"" + field + "\": \"" + atLimit + "\""), field + " kept at its limit");
        checks.refused(withField("over", field, atLimit + "y"), "applications[0]." + field + ": longer than " + limit + " characters");
    }

    @Test
    void longTextsOfContactsRoundsEventsAndSettingsAreRefusedNamingThem() throws IOException {
        ImportChecks checks = new ImportChecks(folder, databases.named("nudge"));
        String million = "m".repeat(1_000_001);
        checks.refused(doc(app("\"contacts\":[{\"name\":\"" + "n".repeat(201) + "\"}]")),
                "applications[0].contacts[0].name: longer than 200 characters");
        checks.refused(doc(app("\"contacts\":[{\"phone\":\"" + million + "\"}]")),
                "applications[0].contacts[0].phone: longer than 1000000 characters");
        checks.refused(doc(app("\"interviews\":[{\"endedAt\":\"2026-01-01T10:00\",\"interviewers\":[\"" + million + "\"]}]")),
                "applications[0].interviews[0].interviewers[0]: longer than 1000000 characters");
        checks.refused(doc(app("\"events\":[{\"type\":\"CLOSED\",\"on\":\"2026-01-01\",\"note\":\"" + million + "\"}]")),
                "applications[0].events[0].note: longer than 1000000 characters");
        checks.refused("{\"format\":\"nudge\",\"version\":1,\"settings\":{\"yourName\":\"" + million + "\"}}",
                "settings.yourName: longer than 1000000 characters");
    }
}
