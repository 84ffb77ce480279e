package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.ActivityFixture;
import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code nudge report} as a user runs it: the file it writes, its refusals and exit codes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportCommandTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner(ActivityFixture.TODAY, Locale.UK);
    private DatabasePath path;

    @BeforeEach
    void storeTheFixture() {
        path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(ActivityFixture.applications());
            new SettingsRepository(db).put(SettingsRepository.YOUR_NAME, "Zoë Jürgensen");
        }
    }

    private CliRunner.Result report(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "report";
        args[1] = "--db";
        args[2] = path.base().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return cli.run(args);
    }

    @Test
    void writesThePdfWithTheStoredNameAndSaysWhatItWrote() throws IOException {
        Path out = folder.resolve("november.pdf");
        byte[] databaseBefore = Files.readAllBytes(path.file());

        CliRunner.Result result = report("--from", "2026-11-01", "--to", "2026-11-26", "--out", out.toString());

        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertEquals("Wrote the activity report (24 rows, 1 November 2026 to 26 November 2026) to " + out.toAbsolutePath()
                + System.lineSeparator(), result.out());
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Zoë Jürgensen"), text);
            assertTrue(text.contains("Zürich Bäckerei"), text);
        }
        assertArrayEquals(databaseBefore, Files.readAllBytes(path.file()), "the database is only read");
        assertFalse(Files.exists(folder.resolve("november.pdf.tmp")));
    }

    @Test
    void theFormatComesFromOutsEndingOrFromFormat() throws IOException {
        Path csv = folder.resolve("november.CSV");
        assertEquals(Cli.OK, report("--from", "2026-11-01", "--to", "2026-11-30", "--out", csv.toString()).exitCode());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFdate,employer,position,contact,act,how,details,result so far\r\n"), text);

        Path named = folder.resolve("november.txt");
        assertEquals(Cli.OK, report("--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv", "--out",
                named.toString()).exitCode());
        assertTrue(Files.readString(named, StandardCharsets.UTF_8).startsWith("\uFEFFdate,"));

        Path unknownEnding = folder.resolve("november.report");
        assertRefused("--out: november.report ends in neither .pdf nor .csv; name the file .pdf or .csv (or give --format"
                + " pdf|csv to keep this name)",
                "--from", "2026-11-01", "--to", "2026-11-30", "--out", unknownEnding.toString());
        Path otherFormat = folder.resolve("november.csv");
        assertRefused("--out: november.csv ends in .csv but the report is pdf; name the file .pdf or leave out --format",
                "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf", "--out", otherFormat.toString());
        assertFalse(Files.exists(unknownEnding) || Files.exists(otherFormat), "nothing written under a misleading name");
    }

    @Test
    void theDefaultFileNamesThePeriodInTheCurrentFolder() {
        Period november = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertEquals(Path.of("activity-report-2026-11-01-to-2026-11-30.pdf"),
                ReportCommand.defaultFile(november, ReportFormat.PDF));
        assertEquals(Path.of("activity-report-2026-11-01-to-2026-11-30.csv"),
                ReportCommand.defaultFile(november, ReportFormat.CSV));
    }

    @Test
    void anEmptyPeriodWritesAReportThatSaysSo() throws IOException {
        Path out = folder.resolve("empty.csv");
        CliRunner.Result result = report("--from", "2025-01-01", "--to", "2025-01-31", "--out", out.toString());

        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Wrote an empty activity report (No activity was recorded in the period"
                + " 1 January 2025 to 31 January 2025.) to "), result.out());
        assertTrue(Files.readString(out).contains("No activity was recorded"));
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path out = folder.resolve("mine.pdf");
        Files.writeString(out, "my own file");

        CliRunner.Result refused = report("--from", "2026-11-01", "--to", "2026-11-30", "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertEquals(out + " exists; add --force to replace it (nothing was written)" + System.lineSeparator(),
                refused.err());
        assertEquals("my own file", Files.readString(out));

        CliRunner.Result forced = report("--from", "2026-11-01", "--to", "2026-11-30", "--out", out.toString(), "--force");
        assertEquals(Cli.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void badOptionsExitTwoNamingTheOptionAndWriteNothing() throws IOException {
        assertRefused("--from: missing (YYYY-MM-DD)", "--to", "2026-11-30");
        assertRefused("--to: missing (YYYY-MM-DD)", "--from", "2026-11-01");
        assertRefused("--from: not a date (YYYY-MM-DD): 2026-13-01", "--from", "2026-13-01", "--to", "2026-11-30");
        assertRefused("--to: 2026-10-01 is before --from 2026-11-01; the period would be empty",
                "--from", "2026-11-01", "--to", "2026-10-01");
        assertRefused("--format: unknown format 'xls'; valid values: pdf, csv",
                "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xls");
        assertRefused("--out: " + folder + " is a folder; give a file name",
                "--from", "2026-11-01", "--to", "2026-11-30", "--out", folder.toString());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> !f.getFileName().toString().startsWith("nudge")).count());
        }
    }

    @Test
    void noDatabaseIsADatabaseProblem() {
        CliRunner.Result result = cli.run("report", "--from", "2026-11-01", "--to", "2026-11-30",
                "--db", folder.resolve("none").toString(), "--out", folder.resolve("r.pdf").toString());
        assertEquals(Cli.DATABASE_PROBLEM, result.exitCode());
        assertFalse(Files.exists(folder.resolve("r.pdf")));
    }

    private void assertRefused(String message, String... options) {
        CliRunner.Result result = report(options);
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.out());
        assertEquals(message + System.lineSeparator(), result.err());
    }
}
