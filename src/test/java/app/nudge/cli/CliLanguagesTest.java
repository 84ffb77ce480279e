package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.insights.InsightsFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's human output in the language of the run: words, dates and numbers as the
 * language writes them, while the typed parts (options, ids, exit codes) stay as they are.
 */
class CliLanguagesTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    private String workedExample(CliRunner cli) throws IOException {
        Path file = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, file);
        }
        String db = folder.resolve("nudge").toString();
        Texts.use(Language.DE);
        CliRunner.Result imported = cli.run("import", file.toString(), "--db", db);
        assertEquals(Cli.OK, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("2 Bewerbungen in "), imported.out());
        assertTrue(imported.out().strip().endsWith(" importiert"), imported.out());
        return db;
    }

    @Test
    void planSpeaksGermanWithGermanDatesAndKeepsTheIdsAndCodes() throws IOException {
        CliRunner cli = new CliRunner();
        String db = workedExample(cli);

        CliRunner.Result plan = cli.run("plan", "--db", db, "--today", "2026-11-23");

        assertEquals(Cli.OK, plan.exitCode(), plan.err());
        String heads = plan.out().lines().findFirst().orElseThrow();
        assertTrue(heads.startsWith("ID  "), heads);
        assertTrue(heads.contains("FÄLLIG") && heads.contains("FIRMA") && heads.contains("STELLE"), heads);
        assertTrue(plan.out().contains("acme-ba    "), plan.out());
        assertTrue(plan.out().contains("  Mo., 23. Nov.  Mi., 25. Nov.  Acme Corp"), "German day pattern: " + plan.out());

        CliRunner.Result nothing = cli.run("due", "--db", db, "--today", "2026-11-01");
        assertEquals("Nichts zu tun, Stand So., 1. Nov..", nothing.out().strip());

        CliRunner.Result json = cli.run("plan", "--db", db, "--today", "2026-11-23", "--json");
        assertTrue(json.out().contains("\"due\" : \"2026-") || json.out().contains("\"due\": \"2026-"),
                "JSON stays machine output: " + json.out());
    }

    @Test
    void helpExplainsInGermanButTheOptionsStayTyped() {
        Texts.use(Language.DE);
        CliRunner.Result help = new CliRunner().run("export", "--help");

        assertEquals(Cli.OK, help.exitCode());
        assertTrue(help.out().startsWith("Aufruf: nudge export [--db PATH] [--out FILE] [--force]\n"), help.out());
        assertTrue(help.out().contains("  --force     ersetzt FILE, falls vorhanden"), help.out());
        assertTrue(help.out().contains("postgresql://USER@HOST[:PORT]/DATABASE?schema=NAME"), help.out());
    }

    @Test
    void insightsWriteGermanNumbersAndDates() throws IOException {
        Path file = folder.resolve("fixture.json");
        DemoData.write(file, InsightsFixture.all());
        String db = folder.resolve("insights").toString();
        CliRunner cli = new CliRunner(InsightsFixture.TODAY, java.util.Locale.US);
        assertEquals(Cli.OK, cli.run("import", file.toString(), "--db", db).exitCode());
        Texts.use(Language.DE);

        String out = cli.run("insights", "--db", db).out();

        assertTrue(out.startsWith("Ihre Suche, gesamter Zeitraum (heute ist Mo., 23. Nov. 2026)"), out);
        assertTrue(out.contains("Nachfragen: 11 gesendet, 5 beantwortet (45 %)"), out);
        assertTrue(out.contains("0,5 bis "), "a decimal comma: " + out);
        assertTrue(out.contains("  1. Versuch: "), out);
    }

    @Test
    void anErrorLineInFrenchAndSpanishNamesTheOptionAsTyped() {
        Texts.use(Language.FR);
        CliRunner.Result french = new CliRunner().run("plan", "--today", "bientôt");
        assertEquals(Cli.BAD_INPUT, french.exitCode());
        assertEquals("--today : pas une date (AAAA-MM-JJ) : bientôt", french.err().strip());

        Texts.use(Language.ES);
        CliRunner.Result spanish = new CliRunner().run("export", "--bogus");
        assertEquals(Cli.BAD_INPUT, spanish.exitCode());
        assertEquals("--bogus: opción desconocida", spanish.err().strip());
    }

    @Test
    void anExchangeFileRefusalNamesTheFieldInDutch() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"nudge\", \"version\": 1, \"applications\": [{\"company\": \"Acme\"}]}");
        Texts.use(Language.NL);

        CliRunner.Result refused = new CliRunner().run("import", file.toString(), "--db", folder.resolve("x").toString());

        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertEquals("applications[0].role: verplicht", refused.err().strip());
    }
}
