package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database file as the command line meets it: a refused import creates nothing, a read-only
 * database is refused before anything is written, a --db naming a folder is bad input.
 */
@Timeout(120)
class DatabaseFileCommandsTest {

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();

    private Path resource(String from, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(from)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private Path json() throws IOException {
        return resource("/exchange/worked-example.json", "example.json");
    }

    private Path csv() throws IOException {
        return resource("/interop/huntr.csv", "huntr.csv");
    }

    private static void assertOneLine(CliRunner.Result result) {
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(result.err().contains("SQL statement") || result.err().contains("Exception")
                || result.err().matches("(?s).*\\[\\d{5}-\\d+].*"), result.err());
    }

    // ---- a refused import creates no database and no folder ----

    @Test
    void aRefusedJsonImportCreatesNoDatabaseFileAndNoFolder() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"nudge\", \"version\": 1, \"applications\": [ {\"id\": ");
        Path db = folder.resolve("new-folder").resolve("deeper").resolve("nudge");
        CliRunner.Result result = cli.run("import", bad.toString(), "--db", db.toString());
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertFalse(Files.exists(folder.resolve("new-folder")), "no folder was made for a refused import");

        CliRunner.Result missing = cli.run("import", folder.resolve("no-such.json").toString(), "--db", db.toString());
        assertEquals(Cli.BAD_INPUT, missing.exitCode());
        assertFalse(Files.exists(folder.resolve("new-folder")));
    }

    @Test
    void aRefusedCsvImportCreatesNoDatabaseFileAndNoFolder() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.csv"), "Company,Role,Date Applied\nAcme,,not a date\n");
        Path db = folder.resolve("new-folder").resolve("nudge");
        CliRunner.Result result = cli.run("import-csv", bad.toString(), "--db", db.toString(), "--yes");
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.out() + result.err());
        CliRunner.Result missing = cli.run("import-csv", folder.resolve("none.csv").toString(), "--db", db.toString(), "--yes");
        assertEquals(Cli.BAD_INPUT, missing.exitCode());
        CliRunner.Result declined = cli.runWithInput("n\n", "import-csv", csv().toString(), "--db", db.toString());
        assertEquals(Cli.OK, declined.exitCode());
        assertFalse(Files.exists(folder.resolve("new-folder")));
    }

    @Test
    void aGoodImportStillCreatesTheDatabaseAndItsFolders() throws Exception {
        Path db = folder.resolve("new-folder").resolve("nudge");
        CliRunner.Result result = cli.run("import", json().toString(), "--db", db.toString());
        assertEquals(Cli.OK, result.exitCode(), result.err());
        assertTrue(Files.isRegularFile(folder.resolve("new-folder").resolve("nudge.mv.db")));
    }

    // ---- read-only means read-only ----

    /** A database with the worked example and a backup (so that restore has one to offer). */
    private Path databaseWithData() throws IOException {
        Path db = folder.resolve("data").resolve("nudge");
        assertEquals(Cli.OK, cli.run("import", json().toString(), "--db", db.toString()).exitCode());
        try (Database database = Database.openOrCreate(DatabasePath.of(db.toString()))) {
            database.dailyBackup();
        }
        return db;
    }

    private static void assumePosix(Path p) {
        Assumptions.assumeTrue(p.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX modes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "import-csv", "restore"})
    void aReadOnlyDatabaseFileIsRefusedBeforeAnythingIsWritten(String command) throws Exception {
        Path db = databaseWithData();
        assumePosix(db);
        Path file = db.resolveSibling("nudge.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        List<String> filesBefore = names(db.getParent());
        assertTrue(filesBefore.contains("backups"));
        CliRunner.Result result = switch (command) {
            case "import" -> cli.run("import", json().toString(), "--db", db.toString());
            case "import-csv" -> cli.run("import-csv", csv().toString(), "--db", db.toString(), "--yes");
            default -> cli.run("restore", "latest", "--db", db.toString());
        };
        assertEquals(Cli.DATABASE_PROBLEM, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("read-only"), result.err());
        assertTrue(result.err().contains("--db"), "says what to do: " + result.err());
        assertOneLine(result);
        assertArrayEquals(before, Files.readAllBytes(file), "not a byte changed");
        assertEquals(PosixFilePermissions.fromString("r--r--r--"), Files.getPosixFilePermissions(file), "nor its mode");
        assertEquals(filesBefore, names(db.getParent()), "no file appeared or went beside it");
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path db = databaseWithData();
        assumePosix(db);
        Path data = db.getParent();
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r-xr-xr-x");
        Files.setPosixFilePermissions(data, readOnly);
        try {
            byte[] before = Files.readAllBytes(data.resolve("nudge.mv.db"));
            CliRunner.Result result = cli.run("import", json().toString(), "--db", db.toString());
            assertEquals(Cli.DATABASE_PROBLEM, result.exitCode(), result.err());
            assertTrue(result.err().contains("read-only"), result.err());
            assertOneLine(result);
            assertArrayEquals(before, Files.readAllBytes(data.resolve("nudge.mv.db")));
            assertEquals(readOnly, Files.getPosixFilePermissions(data));
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- --db naming a folder ----

    @Test
    void dbNamingAFolderIsBadInputSayingSo() throws Exception {
        Path existing = Files.createDirectory(folder.resolve("jobs"));
        CliRunner.Result result = cli.run("import", json().toString(), "--db", existing.toString());
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("--db: " + existing + " is a folder; name a database file"), result.err());
        assertOneLine(result);

        Path asFile = Files.createDirectory(folder.resolve("other.mv.db"));
        CliRunner.Result second = cli.run("export", "--db", folder.resolve("other").toString());
        assertEquals(Cli.BAD_INPUT, second.exitCode(), second.err());
        assertTrue(second.err().startsWith("--db: " + asFile + " is a folder; name a database file"), second.err());
        assertOneLine(second);
        try (Stream<Path> inside = Files.list(existing)) {
            assertEquals(0, inside.count(), "nothing was written into the folder");
        }
    }
}
