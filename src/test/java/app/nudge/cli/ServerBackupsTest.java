package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.SchemaBackups;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A schema on a server keeps JSON backups on this computer: daily (the last 10), before an import; listed and restored by the commands. */
@Timeout(120)
class ServerBackupsTest {

    @TempDir
    Path folder;

    private ServerCli cli;

    private ServerCli cli() {
        if (cli == null) {
            cli = new ServerCli(folder.resolve("data"));
        }
        return cli;
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli().run(args);
        assertEquals(Cli.OK, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    private static Path rich() throws Exception {
        return Path.of(Objects.requireNonNull(ServerBackupsTest.class.getResource("/exchange/rich.json")).toURI());
    }

    private DatabasePath path(String address) {
        return DatabasePath.onServer(app.nudge.store.ServerAddress.parse(address), folder.resolve("data"));
    }

    private static SchemaBackups on(LocalDate day) {
        return new SchemaBackups(HolidayCalendars.shared()::isSupported,
                Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    }

    @Test
    void aDailyBackupIsTheExportWrittenOwnerOnlyOnceADayAndTheLastTenAreKept() throws Exception {
        String server = TestServer.freshSchema().toString();
        ok("import", rich().toString(), "--db", server);
        String export = ok("export", "--db", server).out();
        DatabasePath path = path(server);
        LocalDate first = LocalDate.of(2026, 11, 1);
        try (Database db = Database.openExisting(path)) {
            Path taken = on(first).daily(db).orElseThrow();
            assertEquals(export, Files.readString(taken), "the backup is what nudge export writes");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(taken)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(taken.getParent())));
            assertTrue(taken.startsWith(path.folder()), "in the server's local folder: " + taken);
            assertEquals(Optional.empty(), on(first).daily(db), "one a day");
            for (int day = 1; day <= 12; day++) {
                on(first.plusDays(day)).daily(db);
            }
        }
        List<Backups.Backup> kept = SchemaBackups.list(path);
        assertEquals(10, kept.size(), kept.toString());
        assertTrue(kept.stream().allMatch(b -> b.kind() == Backups.Kind.DAILY));
        assertEquals(List.of("2026-11-13", "2026-11-04"), List.of(kept.get(0).order(), kept.get(9).order()),
                "the newest ten, newest first");
        try (Stream<Path> files = Files.list(SchemaBackups.folder(path))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no half file left");
        }
    }

    @Test
    void anImportIntoAHeldSchemaIsBackedUpFirstListedAndThatBackupRestoresIt() throws Exception {
        String server = TestServer.freshSchema().toString();
        CliRunner.Result first = ok("import", rich().toString(), "--db", server);
        assertFalse(first.out().contains("backed up"), "nothing to back up in a new schema: " + first.out());
        String before = ok("export", "--db", server).out();

        Path changed = Files.writeString(folder.resolve("changed.json"), before.replace("Acme Corp", "Acme Typo"));
        CliRunner.Result second = ok("import", changed.toString(), "--db", server);
        assertTrue(second.out().contains("the data as it was before is backed up in "), second.out());
        assertFalse(ok("export", "--db", server).out().contains("\"Acme Corp\""));

        CliRunner.Result listed = ok("backups", "--db", server);
        assertTrue(listed.out().contains("before an import"), listed.out());
        Path backup = SchemaBackups.list(path(server)).get(0).file();
        assertTrue(listed.out().contains(backup.toString()), listed.out());

        ok("import", backup.toString(), "--db", server);
        assertEquals(before, ok("export", "--db", server).out(), "the backup brings the search back");
    }

    @Test
    void restoreOnAServerPointsToImport() {
        String server = TestServer.freshSchema().toString();
        CliRunner.Result refused = cli().run("restore", "latest", "--db", server);
        assertEquals(Cli.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("nudge import BACKUP.json --db " + server), refused.err());
        CliRunner.Result none = ok("backups", "--db", server);
        assertTrue(none.out().startsWith("No backups in "), none.out());
    }
}
