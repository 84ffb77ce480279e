package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seen in a trial: a JSON import silently replaced a stored application (with its contacts, rounds
 * and events) by a bare one with the same id, took no backup, and said only "Imported 1
 * application". It now says how many it replaced and keeps the data as it was in a backup that
 * restores it.
 */
class ImportReplacesWithBackupTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    private Path file(String name, String applications) throws Exception {
        return Files.writeString(folder.resolve(name), "{\"format\": \"nudge\", \"version\": 1, \"applications\": ["
                + applications + "]}");
    }

    @Test
    void anImportThatReplacesStoredApplicationsSaysSoAndKeepsABackupThatRestoresThem() throws Exception {
        String db = folder.resolve("data/nudge").toString();
        Path rich = file("rich.json", "{\"id\": \"acme-ba\", \"company\": \"Acme\", \"role\": \"Analyst\","
                + " \"contacts\": [{\"name\": \"Jane Roe\", \"email\": \"jane@acme.example\"}]}");
        CliRunner.Result first = cli.run("import", rich.toString(), "--db", db);
        assertEquals(Cli.OK, first.exitCode(), first.err());
        assertFalse(first.out().contains("replaced"), "a new database replaces nothing: " + first.out());
        assertFalse(Files.exists(folder.resolve("data/backups")), "nothing to back up before the first import");

        Path bare = file("bare.json", "{\"id\": \"acme-ba\", \"company\": \"Oops\", \"role\": \"Typo\"},"
                + " {\"id\": \"new-one\", \"company\": \"Bolt\", \"role\": \"Tester\"}");
        CliRunner.Result second = cli.run("import", bare.toString(), "--db", db);
        assertEquals(Cli.OK, second.exitCode(), second.err());
        assertTrue(second.out().contains("Imported 2 applications (1 of them replaced stored ones with the same id)"), second.out());
        assertTrue(second.out().contains("backed up in"), second.out());

        CliRunner.Result restore = cli.run("restore", "latest", "--db", db);
        assertEquals(Cli.OK, restore.exitCode(), restore.err());
        CliRunner.Result export = cli.run("export", "--db", db);
        assertTrue(export.out().contains("jane@acme.example") && export.out().contains("\"Acme\""), export.out());
        assertFalse(export.out().contains("Oops"), export.out());
    }
}
