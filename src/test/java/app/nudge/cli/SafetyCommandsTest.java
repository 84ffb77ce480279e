package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit 3 with a way out for a damaged file; backups and restore on the command line. */
class SafetyCommandsTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseExitsThreeAndRestoreLatestBringsTheDataBack() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("acme-ba", "Acme", "Analyst"));
            db.dailyBackup();
        }
        byte[] all = Files.readAllBytes(path.file());
        Files.write(path.file(), Arrays.copyOf(all, 3000));
        String db = path.base().toString();

        CliRunner.Result export = new CliRunner().run("export", "--db", db);
        assertEquals(Cli.DATABASE_PROBLEM, export.exitCode());
        assertTrue(export.err().contains("nudge restore latest --db " + db), export.err());
        assertTrue(export.err().contains("choose another file with --db"), export.err());

        CliRunner.Result list = new CliRunner().run("backups", "--db", db);
        assertEquals(Cli.OK, list.exitCode(), list.err());
        assertTrue(list.out().contains("daily"), list.out());

        CliRunner.Result restore = new CliRunner().run("restore", "latest", "--db", db);
        assertEquals(Cli.OK, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("The damaged file was moved to"), restore.out());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("nudge.mv.db.damaged-")).count());
        }

        CliRunner.Result after = new CliRunner().run("export", "--db", db);
        assertEquals(Cli.OK, after.exitCode(), after.err());
        assertTrue(after.out().contains("\"acme-ba\""), after.out());
    }

    @Test
    void restoreWithoutBackupsSaysSoAndExitsThree() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Database.openOrCreate(path).close();
        CliRunner.Result restore = new CliRunner().run("restore", "latest", "--db", path.base().toString());
        assertEquals(Cli.DATABASE_PROBLEM, restore.exitCode());
        assertTrue(restore.err().contains("No backups"), restore.err());
        assertTrue(new Backups(path).list().isEmpty());
    }

    @Test
    void restoreOfAFileThatIsNotABackupIsBadInput() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Database.openOrCreate(path).close();
        CliRunner.Result restore = new CliRunner().run("restore", folder.resolve("other.zip").toString(), "--db", path.base().toString());
        assertEquals(Cli.BAD_INPUT, restore.exitCode());
    }
}
