package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.insights.InsightsFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nudge insights} on the fixed data set of the pure tests ({@link InsightsFixture}, today
 * Mon 23 Nov 2026), imported into a real database. The figures themselves are worked out in
 * InsightsTest; here: the JSON's keys and order, the options, and the refusals.
 */
class InsightsCommandTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner(InsightsFixture.TODAY, java.util.Locale.US);
    private String db;

    @BeforeEach
    void importFixture() throws IOException {
        Path file = folder.resolve("fixture.json");
        DemoData.write(file, InsightsFixture.all());
        db = folder.resolve("nudge").toString();
        CliRunner.Result imported = cli.run("import", file.toString(), "--db", db);
        assertEquals(Cli.OK, imported.exitCode(), imported.err());
    }

    private JsonNode json(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("insights", "--db", db, "--json"));
        args.addAll(List.of(extra));
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertEquals("", result.err());
        return new ObjectMapper().readTree(result.out());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonOfAllTimeHasTheIssuesKeysInOrderWithTheFixturesFigures() throws IOException {
        JsonNode all = json();
        assertEquals(List.of("applications", "interviewed", "offers", "rejections", "open", "followUps", "thankYous",
                "closedWithoutAnswer", "withdrawn", "daysToDecision", "weeks", "dueNextWeek", "from", "to", "today"),
                keys(all));
        // Funnel (7, 4, 1, 2, 4, 1, 1) as worked out in InsightsTest.
        assertEquals(7, all.get("applications").intValue());
        assertEquals(4, all.get("interviewed").intValue());
        assertEquals(1, all.get("offers").intValue());
        assertEquals(2, all.get("rejections").intValue());
        assertEquals(4, all.get("open").intValue());
        assertEquals(1, all.get("closedWithoutAnswer").intValue());
        assertEquals(1, all.get("withdrawn").intValue());
        JsonNode f = all.get("followUps");
        assertEquals(List.of("sent", "answered", "medianDaysToAnswer", "byAttempt", "byChannel", "inWindow", "late",
                "noWindow", "daysToAnswer"), keys(f));
        assertEquals(11, f.get("sent").intValue());
        assertEquals(5, f.get("answered").intValue());
        assertTrue(f.get("medianDaysToAnswer").isNumber());
        assertEquals(2.0, f.get("medianDaysToAnswer").doubleValue());
        assertEquals(List.of("1", "2"), keys(f.get("byAttempt")));
        assertEquals(7, f.get("byAttempt").get("1").get("sent").intValue());
        assertEquals(3, f.get("byAttempt").get("1").get("answered").intValue());
        assertEquals(List.of("EMAIL", "PHONE"), keys(f.get("byChannel")));
        assertEquals(2, f.get("byChannel").get("PHONE").get("answered").intValue());
        assertEquals(0.5, f.get("daysToAnswer").get("lowerQuartile").doubleValue());
        assertEquals(4, all.get("thankYous").get("sent").intValue());
        assertEquals(2, all.get("thankYous").get("onTime").intValue());
        assertEquals(27.0, all.get("daysToDecision").get("all").get("median").doubleValue());
        assertEquals(List.of("STANDARD"), keys(all.get("daysToDecision").get("byPreset")));
        assertEquals(15, all.get("weeks").size());
        assertTrue(all.get("from").isNull());
        assertEquals("2026-11-23", all.get("today").asText());
    }

    @Test
    void fromAndToPickThePeriod() throws IOException {
        JsonNode cut = json("--from", "2026-10-25", "--to", "2026-10-31");
        // Only acme's follow-up of 28 Oct (answered 2 Nov, outside the period: 5 d) and beta's of 30 Oct.
        assertEquals(2, cut.get("followUps").get("sent").intValue());
        assertEquals(1, cut.get("followUps").get("answered").intValue());
        assertEquals(5.0, cut.get("followUps").get("medianDaysToAnswer").doubleValue());
        assertEquals(0, cut.get("applications").intValue());
        assertEquals("2026-10-25", cut.get("from").asText());
    }

    @Test
    void noFollowUpAnsweredGivesANullMedian() throws IOException {
        // 6 Nov: only beta's second follow-up, never answered.
        JsonNode one = json("--from", "2026-11-06", "--to", "2026-11-06");
        assertEquals(1, one.get("followUps").get("sent").intValue());
        assertTrue(one.get("followUps").get("medianDaysToAnswer").isNull());
        assertEquals(0, one.get("followUps").get("byChannel").get("PHONE").get("sent").intValue());
    }

    @Test
    void theSummaryIsReadable() {
        CliRunner.Result result = cli.run("insights", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31");
        assertEquals(Cli.OK, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.startsWith("Your search, Thu 1 Oct 2026 to Sat 31 Oct 2026 (today is Mon 23 Nov 2026)"), out);
        assertTrue(out.contains("Applications: 2; interviewed 2, offers 1, rejections 0, not closed yet 1"), out);
        assertTrue(out.contains("Follow-ups: 5 sent, 3 answered (60%); answers came after 3 days (median; 0 to 5 days for the middle half, longest 5 days)"), out);
        assertTrue(out.contains("  1st attempt: 4 sent, 2 answered (50%)"), out);
        assertTrue(out.contains("  2nd attempt: 1 sent, 1 answered (100%)"), out);
        assertTrue(out.contains("Thank-yous: 2 sent, 1 on time"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void aBadDateIsRefusedNamingTheOption() {
        CliRunner.Result result = cli.run("insights", "--db", db, "--from", "2026-13-01");
        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertEquals("--from: not a date (YYYY-MM-DD): 2026-13-01", result.err().strip());
        assertEquals("", result.out());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInOneLine() {
        CliRunner.Result result = cli.run("insights", "--db", db, "--from", "2026-11-01", "--to", "2026-10-01");
        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertTrue(result.err().startsWith("--to: 2026-10-01 is before --from 2026-11-01"), result.err());
        assertEquals(1, result.err().strip().lines().count());
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        CliRunner.Result result = cli.run("insights", "--db", folder.resolve("none").toString());
        assertEquals(Cli.DATABASE_PROBLEM, result.exitCode(), result.out() + result.err());
        assertFalse(Files.exists(folder.resolve("none.mv.db")));
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}
