package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, due and draft as a user runs them (docs/command-line.md). */
class PlanCommandTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();
    private String db;

    @BeforeEach
    void importWorkedExample() throws IOException {
        Path file = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, file);
        }
        db = folder.resolve("nudge").toString();
        assertEquals(Cli.OK, cli.run("import", file.toString(), "--db", db).exitCode());
    }

    private JsonNode planJson(String... extra) throws IOException {
        String[] args = new String[4 + extra.length];
        args[0] = "plan";
        args[1] = "--db";
        args[2] = db;
        args[3] = "--json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRunner.Result result = cli.run(args);
        assertEquals(Cli.OK, result.exitCode(), result.err());
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode byId(JsonNode plan, String id) {
        for (JsonNode action : plan) {
            if (action.get("applicationId").asText().equals(id)) {
                return action;
            }
        }
        throw new AssertionError("no action for " + id + " in " + plan);
    }

    @Test
    void r7DecisionByFridayGivesAFollowUpFromMondayAsJson() throws IOException {
        JsonNode plan = planJson("--today", "2026-11-23");
        assertEquals(2, plan.size());
        JsonNode acme = byId(plan, "acme-ba");
        assertEquals("acme-ba", acme.get("applicationId").asText());
        assertEquals("FOLLOW_UP", acme.get("action").asText());
        assertEquals("EMAIL", acme.get("channel").asText());
        assertEquals("Pat Lee", acme.get("to").get("name").asText());
        assertEquals("pat@acme.example", acme.get("to").get("email").asText());
        assertEquals("2026-11-23", acme.get("earliest").asText());
        assertEquals("2026-11-25", acme.get("due").asText());
        assertEquals("DUE", acme.get("status").asText());
        assertEquals("R7", acme.get("rule").asText());
        assertTrue(acme.get("reason").asText().contains("Fri 20 Nov"), acme.get("reason").asText());
        assertTrue(acme.get("reason").asText().contains("Mon 23 Nov"), acme.get("reason").asText());
    }

    @Test
    void planIsSortedByDueDateThenCompany() throws IOException {
        JsonNode plan = planJson("--today", "2026-11-23");
        assertTrue(plan.get(0).get("due").asText().compareTo(plan.get(1).get("due").asText()) <= 0);
    }

    @Test
    void dueListsOnlyDueAndOverdue() throws IOException {
        CliRunner.Result due = cli.run("due", "--db", db, "--today", "2026-11-18", "--json");
        assertEquals(Cli.OK, due.exitCode(), due.err());
        JsonNode list = new ObjectMapper().readTree(due.out());
        assertEquals(0, list.size(), "on Wed 18 Nov nothing is due yet: " + due.out());
        JsonNode later = new ObjectMapper().readTree(cli.run("due", "--db", db, "--today", "2026-11-24", "--json").out());
        for (JsonNode action : later) {
            assertTrue(action.get("status").asText().matches("DUE|OVERDUE"));
        }
        assertEquals(2, later.size());
    }

    @Test
    void holidaysNoneAndCountryAndPresetChangeTheDates() throws IOException {
        // US: Thanksgiving Thu 26 Nov is not a business day, so Fri 20 Nov + 3 bd = Wed 25 Nov either way;
        // PATIENT starts 2 bd after the decision date: Tue 24 Nov.
        assertEquals("2026-11-24", byId(planJson("--today", "2026-11-23", "--preset", "patient"), "acme-ba").get("earliest").asText());
        JsonNode none = planJson("--today", "2026-11-23", "--holidays", "none");
        assertEquals("2026-11-25", byId(none, "acme-ba").get("due").asText());
    }

    @Test
    void badOptionsExitTwoWithTheValidValues() {
        CliRunner.Result country = cli.run("plan", "--db", db, "--country", "XX");
        assertEquals(Cli.BAD_INPUT, country.exitCode());
        assertTrue(country.err().contains("valid values: AD,"), country.err());
        CliRunner.Result preset = cli.run("plan", "--db", db, "--preset", "lazy");
        assertEquals(Cli.BAD_INPUT, preset.exitCode());
        assertTrue(preset.err().contains("STANDARD, PATIENT, PERSISTENT"), preset.err());
        assertEquals(Cli.BAD_INPUT, cli.run("plan", "--db", db, "--today", "23/11/2026").exitCode());
        assertEquals(Cli.BAD_INPUT, cli.run("plan", "--db", db, "--holidays", "some").exitCode());
        assertEquals(Cli.DATABASE_PROBLEM, cli.run("plan", "--db", folder.resolve("none").toString()).exitCode());
        assertFalse(Files.exists(folder.resolve("none.mv.db")), "plan never creates a database");
    }

    @Test
    void theTableIsReadable() {
        CliRunner.Result table = cli.run("plan", "--db", db, "--today", "2026-11-23");
        assertEquals(Cli.OK, table.exitCode());
        String[] lines = table.out().split("\n");
        assertTrue(lines[0].matches("ID +STATUS +FROM +DUE +COMPANY +ROLE +ACTION +VIA +TO"), lines[0]);
        String acme = java.util.Arrays.stream(lines).filter(l -> l.startsWith("acme-ba ")).findFirst().orElseThrow(
                () -> new AssertionError("the id that 'draft' takes starts the row: " + table.out()));
        assertTrue(acme.contains("Acme Corp"), acme);
        assertTrue(acme.contains("Follow-up") && acme.contains("Email"), acme);
        assertFalse(table.out().matches("(?s).*\\b(FOLLOW_UP|FINAL_FOLLOW_UP|THANK_YOU|OVERDUE|EMAIL)\\b.*"),
                "no codes in the table: " + table.out());
    }

    @Test
    void draftPrintsToSubjectBlankLineBody() {
        CliRunner.Result draft = cli.run("draft", "acme-ba", "--db", db, "--today", "2026-11-23");
        assertEquals(Cli.OK, draft.exitCode(), draft.err());
        String[] lines = draft.out().split("\n", -1);
        assertEquals("To: Pat Lee <pat@acme.example>", lines[0]);
        assertTrue(lines[1].startsWith("Subject: Follow-up: Business Analyst interview"), lines[1]);
        assertEquals("", lines[2]);
        assertTrue(lines[3].startsWith("Hi Pat"), lines[3]);
        assertTrue(draft.out().contains("Jane Doe"));

        CliRunner.Result toSam = cli.run("draft", "acme-ba", "--db", db, "--today", "2026-11-23", "--to", "sam roe");
        assertTrue(toSam.out().startsWith("To: Sam Roe <sam@acme.example>"), toSam.out());
        assertEquals(Cli.BAD_INPUT, cli.run("draft", "acme-ba", "--db", db, "--variant", "nope").exitCode());
        assertEquals(Cli.BAD_INPUT, cli.run("draft", "acme-ba", "--db", db, "--to", "Nobody").exitCode());
        assertEquals(Cli.BAD_INPUT, cli.run("draft", "missing", "--db", db).exitCode());
    }

    @Test
    void aPhoneInvitationMakesTheFollowUpACall() throws IOException {
        // R12: Globex invited calls; after the thank-you is recorded, its follow-up is by phone.
        JsonNode plan = planJson("--today", "2026-11-23");
        JsonNode globex = byId(plan, "globex-pm");
        assertEquals("THANK_YOU", globex.get("action").asText());
        assertEquals("EMAIL", globex.get("channel").asText(), "R12: a thank-you is always an email");
    }
}
