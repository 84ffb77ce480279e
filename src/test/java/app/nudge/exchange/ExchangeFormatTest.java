package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.domain.Application;
import app.nudge.domain.EventType;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.CommandLineDatabases;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.store.StoreBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exchange format of docs/exchange-format.md, through the command line as a user runs it. */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ExchangeFormatTest {

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

    private final CliRunner cli = new CliRunner();

    private Path rich() throws IOException {
        Path file = folder.resolve("rich.json");
        try (var in = getClass().getResourceAsStream("/exchange/rich.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private String db(String name) {
        return databases.named(name);
    }

    @Test
    void importsARichFileWithEveryEventTypeAndDerivedIds() throws IOException {
        CliRunner.Result result = cli.run("import", rich().toString(), "--db", db("a"));
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("Imported 3 applications"), result.out());
        try (Database db = Database.openExisting(DatabasePath.of(db("a")))) {
            List<Application> apps = new ApplicationRepository(db).findAll();
            assertEquals(List.of("acme-ba", "zürich-bäckerei-ag-data-engineer-analytics",
                    "zürich-bäckerei-ag-data-engineer-analytics-2"), apps.stream().map(Application::id).toList());
            Application second = apps.get(1);
            assertEquals("日本語 and emoji 🎉", second.interviews().get(1).talkingPoint());
            assertEquals(10, second.events().size());
            assertEquals(EventType.SKIPPED, second.events().get(2).type());
            assertTrue(second.mayCall() && second.knownDelay());
            assertEquals("Zoë Müller", new SettingsRepository(db).load().yourName());
            assertEquals("PATIENT", new SettingsRepository(db).load().preset());
        }
    }

    @Test
    void exportImportExportIsByteIdenticalAndKeepsUnicode() throws IOException {
        assertEquals(Cli.OK, cli.run("import", rich().toString(), "--db", db("a")).exitCode());
        Path first = folder.resolve("first.json");
        assertEquals(Cli.OK, cli.run("export", "--db", db("a"), "--out", first.toString()).exitCode());
        assertEquals(Cli.OK, cli.run("import", first.toString(), "--db", db("b")).exitCode());
        Path second = folder.resolve("second.json");
        assertEquals(Cli.OK, cli.run("export", "--db", db("b"), "--out", second.toString()).exitCode());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"yourName\": \"Zoë Müller\""), "UTF-8 text, not escapes");
        assertTrue(text.contains("日本語 and emoji 🎉"));
        assertTrue(text.startsWith("{\n  \"format\": \"nudge\",\n  \"version\": 1,\n  \"settings\": {\n"), text);
        assertFalse(text.contains("\r"), "line ends are \\n on every OS");
        // stdout export is the same document
        assertEquals(text, cli.run("export", "--db", db("b")).out());
    }

    @Test
    void importingTheSameFileTwiceLeavesOneCopy() throws IOException {
        Path file = rich();
        cli.run("import", file.toString(), "--db", db("a"));
        cli.run("import", file.toString(), "--db", db("a"));
        try (Database db = Database.openExisting(DatabasePath.of(db("a")))) {
            assertEquals(3, new ApplicationRepository(db).count());
        }
    }

    static Stream<Arguments> badFiles() {
        String app = "{\"format\":\"nudge\",\"version\":1,\"applications\":[{\"company\":\"A\",\"role\":\"R\"},%s]}";
        return Stream.of(
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"interviews\":[{\"endedAt\":\"yesterday\"}]}"),
                        "applications[1].interviews[0].endedAt: not a date-time"),
                Arguments.of(String.format(app, "{\"role\":\"R\"}"), "applications[1].company: required"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"mayCall\":\"yes\"}"),
                        "applications[1].mayCall: not true or false"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"events\":[{\"type\":\"PARTY\",\"on\":\"2026-11-02\"}]}"),
                        "applications[1].events[0].type: unknown event type 'PARTY'"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"events\":[{\"type\":\"CLOSED\",\"on\":\"2026-02-30\"}]}"),
                        "applications[1].events[0].on: not a date (yyyy-MM-dd)"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"events\":[{\"type\":\"CHECK_BACK_AGREED\",\"on\":\"2026-11-02\"}]}"),
                        "applications[1].events[0].checkBackOn: required"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"events\":[{\"type\":\"REPLY_RECEIVED\",\"on\":\"2026-11-10\",\"newDecisionBy\":\"2026-11-09\"}]}"),
                        "applications[1].events[0].newDecisionBy: 2026-11-09 is before the reply (2026-11-10)"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"interviews\":[{\"endedAt\":\"2026-11-10T10:00\",\"decisionExpectedBy\":\"2026-11-01\"}]}"),
                        "applications[1].interviews[0].decisionExpectedBy: 2026-11-01 is before the interview date (2026-11-10)"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"contacts\":[{\"name\":\"X\",\"email\":\"not-an-email\"}]}"),
                        "applications[1].contacts[0].email: not an email address: not-an-email"),
                Arguments.of(String.format(app, "{\"company\":\"" + "C".repeat(201) + "\",\"role\":\"R\"}"),
                        "applications[1].company: longer than 200 characters"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"notes\":\"" + "n".repeat(20_001) + "\"}"),
                        "applications[1].notes: longer than 20000 characters"),
                Arguments.of(String.format(app, "{\"id\":\"x\",\"company\":\"B\",\"role\":\"R\"},{\"id\":\"x\",\"company\":\"C\",\"role\":\"R\"}"),
                        "applications[2].id: 'x' is used by another application in this file"),
                Arguments.of(String.format(app, "{\"company\":\"B\",\"role\":\"R\",\"country\":\"XX\"}"),
                        "applications[1].country: unknown country code 'XX'"),
                Arguments.of("{\"format\":\"huntr\",\"version\":1,\"applications\":[]}", "format: unknown format 'huntr' (expected \"nudge\")"),
                Arguments.of("{\"format\":\"nudge\",\"version\":2,\"applications\":[]}",
                        "version: version 2 is newer than this Nudge reads (1); update Nudge"),
                Arguments.of("{\"format\":\"nudge\",\"applications\":[]}", "version: required"),
                Arguments.of("{\"format\":\"nudge\",\"version\":1,\"settings\":{\"preset\":\"LAZY\"}}",
                        "settings.preset: unknown preset 'LAZY' (one of STANDARD, PATIENT, PERSISTENT)"),
                Arguments.of("{\"format\":\"nudge\",\"version\":1,\"applications\":{}}", "applications: not a list"),
                Arguments.of("{\"format\": \"nudge\", \"version\": 1,", "not valid JSON (line 1, column 34)"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsRefusedWholeNamingTheFieldAndNothingStoredIsLost(String json, String message) throws IOException {
        assertEquals(Cli.OK, cli.run("import", rich().toString(), "--db", db("a")).exitCode());
        String before = cli.run("export", "--db", db("a")).out();
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, json, StandardCharsets.UTF_8);

        CliRunner.Result result = cli.run("import", bad.toString(), "--db", db("a"));

        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertEquals(message, result.err().strip());
        assertEquals(1, result.err().strip().lines().count(), "one line, no stack trace");
        assertEquals(before, cli.run("export", "--db", db("a")).out(), "the database is unchanged");
    }

    @Test
    void readOnlyCommandsNeverCreateADatabase() {
        CliRunner.Result result = cli.run("export", "--db", db("missing"));
        assertEquals(Cli.DATABASE_PROBLEM, result.exitCode());
        assertTrue(result.err().contains("No Nudge database") || result.err().contains("no Nudge search"), result.err());
        assertFalse(Files.exists(folder.resolve("missing.mv.db")));
        assertEquals(Cli.DATABASE_PROBLEM, cli.run("plan", "--db", db("missing")).exitCode(), "and still none");
    }

    @Test
    void usageErrorsNameTheOption() {
        assertEquals(Cli.BAD_INPUT, cli.run("export", "--bogus").exitCode());
        assertEquals("--bogus: unknown option", cli.run("export", "--bogus").err().strip());
        assertEquals(Cli.BAD_INPUT, cli.run("import").exitCode());
        assertEquals(Cli.BAD_INPUT, cli.run("frobnicate").exitCode());
        assertTrue(cli.run("--version").out().startsWith("Nudge "));
    }
}
