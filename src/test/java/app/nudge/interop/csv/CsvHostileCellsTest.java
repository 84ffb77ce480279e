package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, items 5 and 6 for the CSV import: a NUL in any cell is refused naming its column, every
 * other character is kept exactly, and a date outside the kept years is refused naming the column,
 * with nothing stored.
 */
class CsvHostileCellsTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    private String db() {
        return folder.resolve("nudge").toString();
    }

    private CliRunner.Result importCsv(String header, String row) throws IOException {
        Path file = folder.resolve("sheet.csv");
        Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
        return cli.run("import-csv", file.toString(), "--db", db(), "--yes");
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {"Company", "Job Title", "Status", "Date Applied", "Notes", "Contact", "Email", "URL"})
    void aNulInAnyCellIsRefusedNamingItsColumn(String column) throws IOException {
        List<String> headers = List.of("Company", "Job Title", "Status", "Date Applied", "Notes", "Contact", "Email", "URL");
        String[] cells = {"Acme", "Analyst", "Applied", "2026-11-02", "n", "Pat", "pat@acme.example", "https://a.example"};
        cells[headers.indexOf(column)] = cells[headers.indexOf(column)] + "\u0000x";
        CliRunner.Result result = importCsv(String.join(",", headers),
                String.join(",", List.of(cells).stream().map(CsvHostileCellsTest::quoted).toList()));
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().contains("row 2: \"" + column + "\": contains the character NUL (U+0000)"), result.err());
        assertTrue(!result.err().contains("\u0000"), "the NUL itself is never printed");
        assertTrue(!Files.exists(folder.resolve("nudge.mv.db")) || stored().isEmpty(), "nothing stored");
    }

    @Test
    void everyOtherCharacterIsKeptExactly() throws IOException {
        String odd = "Acme \u001B[31m\u0007\r\t\u007F\u0085\u200F\u202E日本 🎉 é";
        CliRunner.Result result = importCsv("Company,Job Title,Notes",
                quoted(odd) + "," + quoted("Ana\u2028lyst") + "," + quoted("line one\r\nline\ttwo\u001B"));
        assertEquals(Cli.OK, result.exitCode(), result.err());
        Application stored = stored().get(0);
        assertEquals(odd, stored.company());
        assertEquals("Ana\u2028lyst", stored.role()); // CsvSheet strips each cell at its ends
        assertEquals("line one\r\nline\ttwo\u001B", stored.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "3000-01-01", "1/2/0202", "12/31/9999", "2 Nov 1066"})
    void aDateOutsideTheKeptYearsIsRefusedNamingTheColumn(String date) throws IOException {
        CliRunner.Result result = importCsv("Company,Job Title,Date Applied", "Acme,Analyst," + quoted(date));
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().contains("row 2: \"Date Applied\": the year must be between 1900 and 2999 (" + date + ")"),
                result.err());
    }

    @Test
    void theEdgeYearsAreKept() throws IOException {
        CliRunner.Result result = importCsv("Company,Job Title,Date Applied", "Acme,Analyst,1900-01-01\nBeta,Analyst,2999-12-31");
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertEquals(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)),
                stored().stream().map(Application::appliedOn).toList());
    }

    @Test
    void aCellLongerThanItsFieldKeepsIsRefusedNamingTheColumnNotAnSqlError() throws IOException {
        CliRunner.Result result = importCsv("Company,Job Title,URL", "Acme,Analyst," + "u".repeat(1_000_001));
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().contains("row 2: \"URL\": longer than 1000000 characters"), result.err());
    }

    private List<Application> stored() {
        try (Database db = Database.openExisting(DatabasePath.of(db()))) {
            return new ApplicationRepository(db).findAll();
        }
    }
}
