package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-csv, export-csv and export-ics as a user runs them (docs/command-line.md). */
class InteropCommandsTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    private Path sample(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/interop/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private String db() {
        return folder.resolve("nudge").toString();
    }

    private boolean dbExists() {
        return Files.exists(folder.resolve("nudge.mv.db"));
    }

    private String exportedIds() {
        CliRunner.Result export = cli.run("export", "--db", db());
        assertEquals(Cli.OK, export.exitCode(), export.err());
        return export.out();
    }

    @Test
    void withoutYesItShowsThePreviewAndAnswerNoImportsNothing() throws IOException {
        CliRunner.Result result = cli.runWithInput("n\n", "import-csv", sample("huntr.csv").toString(), "--db", db());

        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("Layout: Huntr"), result.out());
        assertTrue(result.out().contains("Mapping: company=companyName, role=title, status=listName"), result.out());
        assertTrue(result.out().contains("Rows: 5 OK, 0 bad"), result.out());
        assertTrue(result.out().contains("Import 5 applications? [y/N]"), result.out());
        assertTrue(result.out().contains("Nothing was imported."), result.out());
        assertFalse(dbExists(), "a preview declined creates no database");
    }

    @Test
    void noStandardInputMeansNo() throws IOException {
        CliRunner.Result result = cli.run("import-csv", sample("huntr.csv").toString(), "--db", db());

        assertEquals(Cli.OK, result.exitCode());
        assertTrue(result.out().contains("Nothing was imported."), result.out());
        assertFalse(dbExists());
    }

    @Test
    void answerYesImportsAndReImportingKeepsOneCopy() throws IOException {
        Path file = sample("teal.csv");
        CliRunner.Result first = cli.runWithInput("y\n", "import-csv", file.toString(), "--db", db());
        assertEquals(Cli.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("Imported 5 applications"), first.out());
        String afterFirst = exportedIds();

        CliRunner.Result second = cli.run("import-csv", file.toString(), "--db", db(), "--yes");
        assertEquals(Cli.OK, second.exitCode(), second.err());
        assertTrue(second.out().contains("5 already in Nudge"), second.out());
        assertEquals(afterFirst, exportedIds(), "the same sheet twice leaves the same data");
    }

    @Test
    void aBadRowExitsWithTwoListingItAndStoresNothing() throws IOException {
        CliRunner.Result result = cli.run("import-csv", sample("plain-with-bad-rows.csv").toString(), "--db", db(), "--yes");

        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("row 3: \"COMPANY\": required"), result.err());
        assertTrue(result.err().contains("row 5: \"date\": not a date: someday"), result.err());
        assertTrue(result.err().contains("nothing was imported"), result.err());
        assertFalse(dbExists());
    }

    @Test
    void aMappingFileNamesTheColumns() throws IOException {
        Path csv = sample("odd-columns.csv");
        assertEquals(Cli.BAD_INPUT, cli.run("import-csv", csv.toString(), "--db", db(), "--yes").exitCode());

        CliRunner.Result mapped = cli.run("import-csv", csv.toString(), "--db", db(), "--yes",
                "--mapping", sample("odd-columns.properties").toString());
        assertEquals(Cli.OK, mapped.exitCode(), mapped.err());
        assertTrue(exportedIds().contains("\"acme-corp-business-analyst\""));
    }

    @Test
    void unknownMappingFieldIsBadInput() throws IOException {
        Path mapping = folder.resolve("m.properties");
        Files.writeString(mapping, "employer=Firm\n");
        CliRunner.Result result = cli.run("import-csv", sample("odd-columns.csv").toString(), "--db", db(),
                "--mapping", mapping.toString());
        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("unknown field 'employer'"), result.err());
    }

    @Test
    void exportCsvWritesBothSheetsWithBomAndEscapedFormulas() throws IOException {
        assertEquals(Cli.OK, cli.run("import-csv", sample("plain.csv").toString(), "--db", db(), "--yes").exitCode());
        Path out = folder.resolve("sheets");

        CliRunner.Result result = cli.run("export-csv", "--db", db(), "--out", out.toString());
        assertEquals(Cli.OK, result.exitCode(), result.err());
        byte[] applications = Files.readAllBytes(out.resolve("applications.csv"));
        assertEquals((byte) 0xEF, applications[0]);
        String text = new String(applications, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,company,role,stage,next action,channel,earliest,due,urgency,contact,email,"
                + "applied on,rounds,last interview,interviewers,decision by,url,notes\r\n"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), text);
        String events = Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8);
        assertTrue(events.contains("acme-corp-business-analyst-2,Acme Corp,2026-11-20,REJECTION_RECEIVED"), events);
    }

    @Test
    void exportCommandsNeverCreateADatabase() {
        CliRunner.Result ics = cli.run("export-ics", "--db", db());
        CliRunner.Result csv = cli.run("export-csv", "--db", db(), "--out", folder.resolve("x").toString());
        assertEquals(Cli.DATABASE_PROBLEM, ics.exitCode());
        assertEquals(Cli.DATABASE_PROBLEM, csv.exitCode());
        assertFalse(dbExists());
    }

    @Test
    void exportIcsPrintsACalendarThatParsesWithoutWarnings() throws IOException {
        Path json = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, json);
        }
        assertEquals(Cli.OK, cli.run("import", json.toString(), "--db", db()).exitCode());
        CliRunner.Result plan = cli.run("plan", "--db", db(), "--json");

        CliRunner.Result result = cli.run("export-ics", "--db", db());
        assertEquals(Cli.OK, result.exitCode(), result.err());
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(result.out()).warnings(warnings).first();
        assertTrue(warnings.stream().allMatch(List::isEmpty), warnings.toString());
        int planned = plan.out().split("\"applicationId\"").length - 1;
        assertEquals(planned, calendar.getEvents().size());
        assertTrue(result.out().contains("UID:acme-ba-FOLLOW_UP@nudge.app"), result.out());

        Path file = folder.resolve("plan.ics");
        assertEquals(Cli.OK, cli.run("export-ics", "--db", db(), "--out", file.toString()).exitCode());
        assertEquals(planned, Biweekly.parse(file.toFile()).first().getEvents().size());
    }

    @Test
    void bothImportsRefuseAMissingFileByNameWithExitCode2AndCreateNothing() {
        String db = folder.resolve("data").resolve("nudge").toString();
        for (String command : List.of("import", "import-csv")) {
            Path missing = folder.resolve("nowhere." + (command.equals("import") ? "json" : "csv"));
            CliRunner.Result result = new CliRunner().run(command, missing.toString(), "--db", db);
            assertEquals(2, result.exitCode(), command);
            assertEquals(missing + ": no such file", result.err().strip(), command);
        }
        assertFalse(Files.exists(folder.resolve("data").resolve("nudge.mv.db")), "no database made for nothing");
    }
}
