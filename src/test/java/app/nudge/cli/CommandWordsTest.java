package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db PATH} and {@code --help} may come before the command. */
@Timeout(60)
class CommandWordsTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    @Test
    void helpBeforeTheCommandShowsTheUsage() {
        for (String[] args : new String[][] {{"--db", "x", "-h"}, {"--db", "x", "--help"}, {"--db=x", "help"},
                {"--db", "x", "-h", "plan"}, {"-h"}, {"--db", "x"}}) {
            CliRunner.Result result = cli.run(args);
            assertEquals(Cli.OK, result.exitCode(), String.join(" ", args) + ": " + result.err());
            assertTrue(result.out().startsWith("usage: nudge [--db PATH]"), result.out());
            assertEquals("", result.err());
        }
    }

    @Test
    void aDatabaseNamedBeforeTheCommandIsTheOneUsed() throws IOException {
        Path example = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, example);
        }
        String db = folder.resolve("d").toString();
        assertEquals(Cli.OK, cli.run("--db", db, "import", example.toString()).exitCode());
        CliRunner.Result before = cli.run("--db", db, "plan", "--today", "2026-12-16");
        CliRunner.Result after = cli.run("plan", "--today", "2026-12-16", "--db=" + db);
        assertEquals(Cli.OK, before.exitCode(), before.err());
        assertEquals(after.out(), before.out());
        assertTrue(before.out().contains("acme-ba"), before.out());
        assertTrue(cli.run("--db", db, "plan", "-h").out().startsWith("usage: nudge plan"));
    }
}
