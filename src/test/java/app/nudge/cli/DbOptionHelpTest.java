package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command that takes --db says in its help that a server's schema is an answer too, not only a file. */
class DbOptionHelpTest {

    private final CliRunner cli = new CliRunner();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"import", "export", "export-csv", "export-ics", "import-csv", "backups", "restore", "plan",
        "reply", "inbox", "insights", "report"})
    void theHelpOfEveryCommandTakingDbNamesAServerAddress(String command) {
        CliRunner.Result help = cli.run(command, "--help");
        assertEquals(0, help.exitCode(), help.err());
        String text = help.out() + help.err();
        assertTrue(text.contains("--db"), text);
        assertTrue(text.contains("postgresql://USER@HOST[:PORT]/DATABASE?schema=NAME"), command + ": " + text);
    }
}
