package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.nudge.cli.CliRunner;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only commands change no byte and no mode of the database file or its folder (issue 14, item
 * 3): not the file's bytes or time, not the folder's entries or time, not a shared folder's 0777 nor
 * a user's own read-only copy (0444 in a 0555 folder).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadOnlyCommandsTest {

    private static final CliRunner CLI = new CliRunner(LocalDate.of(2026, 11, 23), java.util.Locale.US);

    @TempDir
    Path folder;

    /** What must not change: the file's bytes, time and mode; the folder's entries, time and mode. */
    private record Snapshot(byte[] bytes, long fileTime, String fileMode, List<String> entries, long folderTime,
                            String folderMode) {
        static Snapshot of(Path file) throws IOException {
            Path dir = file.getParent();
            try (Stream<Path> list = Files.list(dir)) {
                return new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file).toMillis(), mode(file),
                        list.map(p -> p.getFileName().toString()).sorted().toList(),
                        Files.getLastModifiedTime(dir).toMillis(), mode(dir));
            }
        }

        void assertSame(Snapshot after, String command) {
            assertArrayEquals(bytes, after.bytes, command + " changed the file's bytes");
            assertEquals(fileTime, after.fileTime, command + " changed the file's time");
            assertEquals(fileMode, after.fileMode, command + " changed the file's mode");
            assertEquals(entries, after.entries, command + " added or removed a file in the folder");
            assertEquals(folderTime, after.folderTime, command + " changed the folder's time");
            assertEquals(folderMode, after.folderMode, command + " changed the folder's mode");
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void readOnlyCommandsChangeNoByteAndNoModeOfTheFileOrItsFolder() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        Path json = folder.resolve("demo.json");
        List<Application> applications = new DemoData(3, LocalDate.of(2026, 11, 20)).applications(25);
        DemoData.write(json, applications);
        Path shared = Files.createDirectories(folder.resolve("shared"));
        String db = shared.resolve("nudge").toString();
        assertEquals(0, CLI.run("import", json.toString(), "--db", db).exitCode());
        Path file = shared.resolve("nudge" + DatabasePath.H2_EXTENSION);
        Path out = Files.createDirectories(folder.resolve("out"));
        String planned = CLI.run("plan", "--db", db).out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
        List<List<String>> commands = List.of(
                List.of("plan", "--db", db), List.of("due", "--db", db), List.of("plan", "--json", "--db", db),
                List.of("draft", planned, "--db", db), List.of("export", "--db", db),
                List.of("export", "--db", db, "--out", out.resolve("all.json").toString(), "--force"),
                List.of("export-csv", "--db", db, "--out", out.resolve("csv").toString(), "--force"),
                List.of("export-ics", "--db", db, "--out", out.resolve("all.ics").toString(), "--force"),
                List.of("backups", "--db", db));
        int runs = 0;
        for (String[] modes : List.of(new String[] {"rw-rw-rw-", "rwxrwxrwx"}, new String[] {"r--r--r--", "r-xr-xr-x"})) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(modes[0]));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString(modes[1]));
            try {
                for (List<String> command : commands) {
                    Snapshot before = Snapshot.of(file);
                    CliRunner.Result result = CLI.run(command.toArray(String[]::new));
                    assertEquals(0, result.exitCode(), command + ": " + result.err());
                    before.assertSame(Snapshot.of(file), String.join(" ", command) + " with modes " + modes[0] + "/" + modes[1]);
                    runs++;
                }
            } finally {
                Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwx------"));
            }
        }
        assertEquals(2 * commands.size(), runs);
    }

    @Test
    void anOlderSchemaIsNotUpdatedByAReadOnlyCommandButByAnImport() throws IOException {
        DatabasePath path = TempDatabase.in(folder);
        Database.open(path, false, new Migrations("classpath:db/version-1", 1)).close();
        Snapshot before = Snapshot.of(path.file());
        CliRunner.Result export = CLI.run("export", "--db", path.base().toString());
        assertEquals(3, export.exitCode());
        assertTrue(export.err().contains("Run the app or an import once to update it"), export.err());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        before.assertSame(Snapshot.of(path.file()), "export of an older schema");

        Path json = folder.resolve("one.json");
        DemoData.write(json, List.of(Application.of("one", "Acme", "Analyst")));
        assertEquals(0, CLI.run("import", json.toString(), "--db", path.base().toString()).exitCode());
        CliRunner.Result after = CLI.run("export", "--db", path.base().toString());
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(after.out().contains("\"one\""), after.out());
    }

    @Test
    void aFileWithoutNudgesSchemaIsDamagedNotEmpty() throws Exception {
        DatabasePath path = TempDatabase.in(Files.createDirectories(folder.resolve("data")));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(H2Files.url(path, false), "sa", "")) {
            c.createStatement().execute("CREATE TABLE other (x INT)");
        }
        Snapshot before = Snapshot.of(path.file());
        Path json = Files.createDirectories(folder.resolve("in")).resolve("one.json");
        DemoData.write(json, List.of(Application.of("one", "Acme", "Analyst")));
        for (String command : List.of("export", "plan")) {
            CliRunner.Result result = CLI.run(command, "--db", path.base().toString());
            assertEquals(3, result.exitCode());
            assertTrue(result.err().contains("holds no Nudge schema") && result.err().contains("nudge restore latest"),
                    result.err());
        }
        assertEquals(3, CLI.run("import", json.toString(), "--db", path.base().toString()).exitCode());
        before.assertSame(Snapshot.of(path.file()), "commands on a file without Nudge's schema");
    }
}
