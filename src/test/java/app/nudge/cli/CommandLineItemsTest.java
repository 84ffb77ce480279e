package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.interop.csv.CsvSheet;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line items of issue 13: help per command, draft warnings, safe exports, calendar titles. */
class CommandLineItemsTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    private String db() {
        return folder.resolve("nudge").toString();
    }

    private void workedExample() throws IOException {
        Path json = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, json);
        }
        assertEquals(Cli.OK, cli.run("import", json.toString(), "--db", db()).exitCode());
    }

    private Path csv(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "due", "draft", "import", "export", "import-csv", "export-csv", "export-ics",
        "backups", "restore"})
    void everyCommandPrintsItsOwnUsageForHelpAndExitsZero(String command) {
        for (String help : List.of("--help", "-h")) {
            CliRunner.Result result = cli.run(command, help);
            assertEquals(Cli.OK, result.exitCode(), command + " " + help + ": " + result.err());
            assertTrue(result.out().startsWith("usage: nudge " + command + " "), result.out());
            assertEquals("", result.err());
        }
        CliRunner.Result afterOptions = cli.run(command, "--db", db(), "--help");
        assertEquals(Cli.OK, afterOptions.exitCode(), "help wins over the other words");
        assertFalse(Files.exists(folder.resolve("nudge.mv.db")), "help opens no database");
    }

    @Test
    void theTopLevelHelpPointsToTheCommandsHelp() {
        CliRunner.Result result = cli.run("-h");
        assertEquals(Cli.OK, result.exitCode());
        assertTrue(result.out().contains("'nudge COMMAND --help'"), result.out());
    }

    @Test
    void draftPrintsTheComposersWarningsOnStandardErrorAfterTheDraft() throws IOException {
        workedExample();
        CliRunner.Result early = cli.run("draft", "acme-ba", "--db", db(), "--today", "2026-11-21");
        assertEquals(Cli.OK, early.exitCode(), early.err());
        assertTrue(early.out().startsWith("To: "), early.out());
        assertTrue(early.err().lines().anyMatch(l -> l.startsWith("warning: too early")), early.err());
        assertFalse(early.out().contains("warning:"), "the draft on standard output stays clean for piping");

        CliRunner.Result onTime = cli.run("draft", "acme-ba", "--db", db(), "--today", "2026-11-23");
        assertFalse(onTime.err().contains("too early"), onTime.err());
    }

    @Test
    void exportCsvRefusesToReplaceFilesWithoutForce() throws IOException {
        workedExample();
        Path out = folder.resolve("sheets");
        assertEquals(Cli.OK, cli.run("export-csv", "--db", db(), "--out", out.toString()).exitCode());
        Files.writeString(out.resolve("applications.csv"), "mine");

        CliRunner.Result again = cli.run("export-csv", "--db", db(), "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, again.exitCode());
        assertEquals(out.resolve("applications.csv") + " exists; add --force to replace it (nothing was written)",
                again.err().strip());
        assertEquals("mine", Files.readString(out.resolve("applications.csv")), "the user's file is untouched");

        assertEquals(Cli.OK, cli.run("export-csv", "--db", db(), "--out", out.toString(), "--force").exitCode());
        assertTrue(Files.readString(out.resolve("applications.csv")).contains("acme-ba"));
    }

    @Test
    void exportCsvCarriesTheInterviewRounds() throws IOException {
        workedExample();
        Path out = folder.resolve("sheets");
        assertEquals(Cli.OK, cli.run("export-csv", "--db", db(), "--out", out.toString()).exitCode());
        CsvSheet sheet = CsvSheet.read(out.resolve("applications.csv"));
        CsvSheet.Row acme = sheet.rows().stream().filter(r -> r.cell(0).equals("acme-ba")).findFirst().orElseThrow();
        assertEquals("1", acme.cell(sheet.indexOf("rounds")));
        assertEquals("2026-11-16 15:00", acme.cell(sheet.indexOf("last interview")));
        assertEquals("2026-11-20", acme.cell(sheet.indexOf("decision by")));
        assertFalse(acme.cell(sheet.indexOf("interviewers")).isEmpty());
        assertFalse(acme.cell(sheet.indexOf("next action")).contains("_"), "words, not codes");
    }

    @Test
    void exportIcsTitlesNameTheActionAndCompanyAndRefuseToReplaceAFile() throws IOException {
        workedExample();
        CliRunner.Result result = cli.run("export-ics", "--db", db());
        ICalendar calendar = Biweekly.parse(result.out()).first();
        VEvent acme = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("acme-ba-FOLLOW_UP@nudge.app")).findFirst().orElseThrow();
        assertEquals("Follow up with Acme Corp — Business Analyst", acme.getSummary().getValue());
        for (VEvent e : calendar.getEvents()) {
            assertFalse(e.getSummary().getValue().matches(".*\\bR\\d+\\b.*"), e.getSummary().getValue());
        }

        Path file = folder.resolve("plan.ics");
        Files.writeString(file, "mine");
        CliRunner.Result refused = cli.run("export-ics", "--db", db(), "--out", file.toString());
        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().startsWith(file + " exists; add --force"), refused.err());
        assertEquals("mine", Files.readString(file));
        assertEquals(Cli.OK, cli.run("export-ics", "--db", db(), "--out", file.toString(), "--force").exitCode());
    }

    @Test
    void importedOutcomesAreRecordedAndExportCsvWritesThem() throws IOException {
        Path sheet = csv("tracker.csv", "Company,Position,Status,Date Added\n"
                + "Acme,Backend Developer,Rejected,2026-11-02\n"
                + "Globex,Data Engineer,Offer,2026-11-03\n"
                + "Initech,Product Manager,Withdrawn,2026-11-04\n"
                + "Hooli,QA Lead,Applied,2026-11-05\n");
        CliRunner.Result imported = cli.run("import-csv", sheet.toString(), "--db", db(), "--yes");
        assertEquals(Cli.OK, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("applied 2 Nov 2026"), "Date Added is the applied date: " + imported.out());

        Path out = folder.resolve("sheets");
        assertEquals(Cli.OK, cli.run("export-csv", "--db", db(), "--out", out.toString()).exitCode());
        CsvSheet exported = CsvSheet.read(out.resolve("applications.csv"));
        assertEquals("Closed (rejected)", stage(exported, "acme-backend-developer"));
        assertEquals("Offer", stage(exported, "globex-data-engineer"));
        assertEquals("Closed (withdrew)", stage(exported, "initech-product-manager"));
        assertEquals("No interview yet", stage(exported, "hooli-qa-lead"));
        assertEquals("2026-11-02", exported.rows().get(0).cell(exported.indexOf("applied on")));
    }

    @Test
    void anExportedSheetReImportsIntoAnEmptyDatabaseWithTheSameStages() throws IOException {
        Path sheet = csv("tracker.csv", "Company,Role,Status,Date Applied\n"
                + "Acme,Backend Developer,Not selected,2026-11-02\n"
                + "Globex,Data Engineer,Offer,2026-11-03\n"
                + "Hooli,QA Lead,Applied,2026-11-05\n");
        assertEquals(Cli.OK, cli.run("import-csv", sheet.toString(), "--db", db(), "--yes").exitCode());
        Path out = folder.resolve("first");
        assertEquals(Cli.OK, cli.run("export-csv", "--db", db(), "--out", out.toString()).exitCode());

        String other = folder.resolve("other").toString();
        CliRunner.Result again = cli.run("import-csv", out.resolve("applications.csv").toString(), "--db", other, "--yes");
        assertEquals(Cli.OK, again.exitCode(), again.err());
        Path second = folder.resolve("second");
        assertEquals(Cli.OK, cli.run("export-csv", "--db", other, "--out", second.toString()).exitCode());
        CsvSheet a = CsvSheet.read(out.resolve("applications.csv"));
        CsvSheet b = CsvSheet.read(second.resolve("applications.csv"));
        for (String id : List.of("acme-backend-developer", "globex-data-engineer", "hooli-qa-lead")) {
            assertEquals(stage(a, id), stage(b, id), id);
        }
    }

    @Test
    void aConfirmedImportIntoADatabaseWithDataTakesABackupFirst() throws IOException {
        workedExample();
        Path sheet = csv("more.csv", "Company,Role\nNewco,Analyst\n");
        CliRunner.Result result = cli.run("import-csv", sheet.toString(), "--db", db(), "--yes");
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("backed up in"), result.out());
        CliRunner.Result backups = cli.run("backups", "--db", db());
        assertTrue(backups.out().contains("before an import"), backups.out());
    }

    @Test
    void badInputIsOneLineNamingTheFileOrOptionWithoutClassNamesOrSql() throws IOException {
        Path broken = csv("broken.csv", "Company,Role\nAcme,\"Ana\"lyst\n");
        CliRunner.Result csv = cli.run("import-csv", broken.toString(), "--db", db(), "--yes");
        assertEquals(Cli.BAD_INPUT, csv.exitCode());
        assertTrue(csv.err().startsWith("broken.csv: not a readable CSV file at line 2"), csv.err());

        CliRunner.Result semicolon = cli.run("plan", "--db", folder.resolve("x;INIT=RUNSCRIPT FROM 'y'").toString());
        assertEquals(Cli.BAD_INPUT, semicolon.exitCode());
        assertEquals("--db: a path with ';' cannot be used; rename the folder or file", semicolon.err().strip());

        workedExample();
        Path nowhere = folder.resolve("plan.ics");
        Files.createDirectory(nowhere);
        CliRunner.Result folderOut = cli.run("export-ics", "--db", db(), "--out", nowhere.toString(), "--force");
        assertEquals(Cli.BAD_INPUT, folderOut.exitCode());
        assertEquals("--out: " + nowhere + " is a folder; give a file name", folderOut.err().strip());

        for (CliRunner.Result r : List.of(csv, semicolon, folderOut)) {
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().matches("(?s).*(Exception|SQL|\\[\\d{5}).*"), r.err());
        }
    }

    private static String stage(CsvSheet sheet, String id) {
        return sheet.rows().stream().filter(r -> r.cell(0).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id)).cell(sheet.indexOf("stage"));
    }
}
