package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.service.TemplateService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 6: stored text with terminal control characters (escape sequences, BEL, CR, C1
 * controls, bidi overrides) reaches the terminal escaped, never raw; JSON output escapes them and
 * still reads back to exactly the stored strings.
 */
@Timeout(120)
class TerminalInjectionTest {

    private static final String TITLE = "\u001b]0;pwned\u0007";          // OSC: sets the window title
    private static final String CLEAR = "\u001b[2J";                     // clears the screen
    private static final String C1_CSI = "\u009b31m";                    // ESC [ on some terminals
    private static final String BIDI = "\u202egnp.exe\u202c\u2066x\u2069";

    private static final String COMPANY = "Acme" + CLEAR + " Corp" + TITLE;
    private static final String ROLE = "Analyst\rOVERWRITTEN\u0007\u007f";
    private static final String CONTACT = "Pat" + C1_CSI + " Lee\u0085" + BIDI;
    private static final String TALKING_POINT = "billing\u001b[31m red\ttab\u000b\f\b";
    private static final String NOTES = "notes\u001b[2J\r\n" + BIDI;
    private static final String SIGNATURE = "Jane\r\nDoe" + TITLE;

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner(LocalDate.of(2026, 11, 17), Locale.US);
    private final ObjectMapper json = new ObjectMapper();
    private String db;

    @BeforeEach
    void storeHostileApplication() throws IOException {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", CONTACT);
        contact.put("email", "pat@acme.example");
        contact.put("title", "Hiring" + CLEAR);
        contact.put("primary", true);
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("endedAt", "2026-11-16T15:00");
        round.put("talkingPoint", TALKING_POINT);
        round.put("interviewers", List.of(CONTACT));
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("id", "evil");
        application.put("company", COMPANY);
        application.put("role", ROLE);
        application.put("notes", NOTES);
        application.put("contacts", List.of(contact));
        application.put("interviews", List.of(round));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "nudge");
        document.put("version", 1);
        document.put("settings", Map.of("yourName", "Jane" + CLEAR, "signature", SIGNATURE));
        document.put("applications", List.of(application));
        Path file = folder.resolve("hostile.json");
        json.writeValue(file.toFile(), document);
        // A database folder whose name holds an escape sequence: paths are echoed too.
        db = folder.resolve("data" + CLEAR).resolve("nudge").toString();
        CliRunner.Result imported = cli.run("import", file.toString(), "--db", db);
        assertEquals(Cli.OK, imported.exitCode(), imported.err());
        assertSafe(imported.out());
    }

    @Test
    void planAndDueShowEveryControlCharacterEscaped() {
        for (String command : List.of("plan", "due")) {
            CliRunner.Result result = cli.run(command, "--db", db);
            assertEquals(Cli.OK, result.exitCode(), result.err());
            assertSafe(result.out());
            assertTrue(result.out().contains("Acme\\u001B[2J Corp"), result.out());
            assertTrue(result.out().contains("Analyst\\rOVER"), result.out());
            assertTrue(result.out().contains("Pat\\u009B31m"), result.out());
        }
    }

    @Test
    void draftKeepsTheBodysLinesAndEscapesEverythingElse() {
        try (Database database = Database.openExisting(DatabasePath.of(db))) {
            new TemplateService(() -> new SettingsRepository(database), Runnable::run).save("THANK_YOU",
                    "Subject: Thanks" + TITLE + " {role}\n\n{greeting}\n\nAbout " + CLEAR + "{talkingPoint}.\r\n\n{signature}")
                    .join();
        }
        CliRunner.Result result = cli.run("draft", "evil", "--db", db);
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertSafe(result.out());
        assertSafe(result.err());
        String out = result.out();
        assertTrue(out.startsWith("To: Pat\\u009B31m Lee\\u0085\\u202Egnp.exe\\u202C\\u2066x\\u2069 <pat@acme.example>\n"
                + "Subject: Thanks\\u001B]0;pwned\\u0007 Analyst"), out);
        assertTrue(out.contains("About \\u001B[2Jbilling\\u001B[31m red\\ttab\\u000B\\u000C\\u0008."), out);
        assertTrue(out.contains("Jane\\r\nDoe\\u001B]0;pwned\\u0007"), out);
        assertTrue(out.lines().count() > 4, "the body keeps its line breaks: " + out);
    }

    @Test
    void jsonOutputEscapesControlsAndReadsBackToTheStoredStrings() throws IOException {
        CliRunner.Result plan = cli.run("plan", "--db", db, "--json");
        assertEquals(Cli.OK, plan.exitCode(), plan.err());
        assertSafe(plan.out());
        JsonNode step = json.readTree(plan.out()).get(0);
        assertEquals(COMPANY, step.get("company").asText());
        assertEquals(ROLE, step.get("role").asText());
        assertEquals(CONTACT, step.get("to").get("name").asText());
        assertTrue(plan.out().contains("\\u009B31m") && plan.out().contains("\\u202E") && plan.out().contains("\\u007F"),
                plan.out());

        CliRunner.Result export = cli.run("export", "--db", db);
        assertEquals(Cli.OK, export.exitCode(), export.err());
        assertSafe(export.out());
        JsonNode application = json.readTree(export.out()).get("applications").get(0);
        assertEquals(COMPANY, application.get("company").asText());
        assertEquals(ROLE, application.get("role").asText());
        assertEquals(NOTES, application.get("notes").asText());
        assertEquals(CONTACT, application.get("contacts").get(0).get("name").asText());
        assertEquals(TALKING_POINT, application.get("interviews").get(0).get("talkingPoint").asText());
        assertEquals(SIGNATURE, json.readTree(export.out()).get("settings").get("signature").asText());
    }

    @Test
    void anExportFileKeepsTheExactTextAndReimportsToTheSameFile() throws IOException {
        Path first = folder.resolve("first.json");
        assertEquals(Cli.OK, cli.run("export", "--db", db, "--out", first.toString()).exitCode());
        String copy = folder.resolve("copy").toString();
        assertEquals(Cli.OK, cli.run("import", first.toString(), "--db", copy).exitCode());
        Path second = folder.resolve("second.json");
        assertEquals(Cli.OK, cli.run("export", "--db", copy, "--out", second.toString()).exitCode());
        assertEquals(Files.readString(first), Files.readString(second));
        assertEquals(COMPANY, json.readTree(first.toFile()).get("applications").get(0).get("company").asText());
    }

    @Test
    void theCalendarKeepsOneValuePerLineWhateverTheTextHolds() {
        CliRunner.Result ics = cli.run("export-ics", "--db", db);
        assertEquals(Cli.OK, ics.exitCode(), ics.err());
        String text = ics.out();
        // RFC 5545: every line ends in CRLF; a CR or LF inside a value is written as "\n" (or folded away).
        for (String line : text.split("\r\n", -1)) {
            assertTrue(line.indexOf('\r') < 0 && line.indexOf('\n') < 0, "a bare line break inside a value: " + line);
        }
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), text);
        // No control character RFC 5545 forbids in a value (nor a bidi control): they are shown escaped.
        String unfolded = text.replace("\r\n ", "").replace("\r\n", "\n");
        assertSafe(unfolded);
        // RFC 5545 writes the escape's backslash doubled; a calendar shows one.
        assertTrue(unfolded.contains("Acme\\\\u001B[2J Corp"), unfolded);
    }

    @Test
    void backupsAndMessagesThatEchoPathsShowThemEscaped() {
        try (Database database = Database.openExisting(DatabasePath.of(db))) {
            database.backupBeforeImport();
        }

        CliRunner.Result backups = cli.run("backups", "--db", db);
        assertEquals(Cli.OK, backups.exitCode(), backups.err());
        assertSafe(backups.out());
        assertTrue(backups.out().contains("data\\u001B[2J"), backups.out());
        assertTrue(backups.out().contains("pre-import-"), backups.out());
    }

    @Test
    void refusalsThatQuoteInputShowItEscapedOnOneLine() throws IOException {
        Path csv = folder.resolve("sheet.csv");
        Files.writeString(csv, "Company,Position,Status,Date Applied\r\n\"Globex" + TITLE + "\",\"Eng\rineer"
                + C1_CSI + "\",Applied,2026-11-01\r\n", StandardCharsets.UTF_8);
        List<CliRunner.Result> results = new ArrayList<>();
        results.add(cli.run("draft", "no" + CLEAR + "pe", "--db", db));
        results.add(cli.run("plan", "--db", db, "--today", "12" + TITLE));
        results.add(cli.run("plan" + CLEAR));
        results.add(cli.run("import", folder.resolve("missing" + CLEAR + ".json").toString(), "--db", db));
        results.add(cli.run("draft", "evil", "--db", db, "--to", "Ben\r\n" + C1_CSI));
        results.add(cli.run("draft", "evil", "--db", db, "--variant", "x" + BIDI));
        results.add(cli.run("plan", "--db", db, "--country", "U" + TITLE));
        results.add(cli.run("plan", "--db", db, "--" + CLEAR));
        for (CliRunner.Result result : results) {
            assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertSafe(result.err());
            assertTrue(result.err().contains("\\u"), "the control character is shown, escaped: " + result.err());
        }
        CliRunner.Result preview = cli.run("import-csv", csv.toString(), "--db", db);
        assertEquals(Cli.OK, preview.exitCode(), preview.err());
        assertSafe(preview.out());
        assertTrue(preview.out().contains("Globex\\u001B]0;pwned\\u0007"), preview.out());
    }

    /** No control character but the newline, no DEL, C1 or bidi control, reaches the output raw. */
    static void assertSafe(String output) {
        String text = output.replace(System.lineSeparator(), "\n");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            int at = i;
            assertTrue(!control, () -> String.format("raw U+%04X at %d in: %s", (int) c, at, text.replaceAll("\\p{Cc}", "?")));
        }
    }
}
