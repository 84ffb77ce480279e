package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.settings.SettingsCodec;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code nudge copy}: a whole search from a file to a server and back, exactly; a held target is never overwritten unasked. */
@Timeout(120)
class CopyCommandTest {

    @TempDir
    Path folder;

    private ServerCli cli;

    private ServerCli cli() {
        if (cli == null) {
            cli = new ServerCli(folder.resolve("data"));
        }
        return cli;
    }

    private static Path rich() throws Exception {
        return Path.of(Objects.requireNonNull(CopyCommandTest.class.getResource("/exchange/rich.json")).toURI());
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli().run(args);
        assertEquals(Cli.OK, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** A search with the exchange file's content and a setting the exchange file does not carry. */
    private String filled(String location) throws Exception {
        ok("import", rich().toString(), "--db", location);
        try (Database db = Database.openExisting(new CliContext(System.out, System.err, java.time.Clock.systemUTC(),
                java.util.Locale.US, java.io.InputStream.nullInputStream(), new ServerLogin(q -> java.util.Optional.empty()),
                folder.resolve("data")).location(lineWithDb(location), "--db").orElseThrow())) {
            new SettingsRepository(db).put(SettingsCodec.THEME, "DARK");
        }
        return location;
    }

    private static CommandLine lineWithDb(String location) {
        return CommandLine.parse(java.util.List.of("--db", location), java.util.Set.of("--db"), java.util.Set.of());
    }

    private String theme(String location) {
        CliContext context = new CliContext(System.out, System.err, java.time.Clock.systemUTC(), java.util.Locale.US,
                java.io.InputStream.nullInputStream(), new ServerLogin(q -> java.util.Optional.empty()), folder.resolve("data"));
        DatabasePath path = context.location(lineWithDb(location), "--db").orElseThrow();
        try (Database db = Database.openReadOnly(path)) {
            return new SettingsRepository(db).get(SettingsCodec.THEME).orElse("(none)");
        }
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void aFileIsCopiedToANewSchemaAndBackExactly() throws Exception {
        String source = filled(file("source/nudge"));
        String server = TestServer.freshSchema().toString();
        String before = ok("export", "--db", source).out();

        CliRunner.Result toServer = ok("copy", "--from", source, "--to", server);
        assertTrue(toServer.out().startsWith("Copied 3 applications and your settings from "), toServer.out());
        assertEquals(before, ok("export", "--db", server).out(), "the server holds exactly what the file held");
        assertEquals("DARK", theme(server), "settings outside the exchange file travel too");

        String back = file("back/again/nudge");
        ok("copy", "--from", server, "--to", back);
        assertEquals(before, ok("export", "--db", back).out(), "and back into a new file in a new folder");
        assertEquals("DARK", theme(back));
        assertEquals(before, ok("export", "--db", source).out(), "the source is unchanged");
    }

    @Test
    void aSchemaIsCopiedToAFileExactly() throws Exception {
        String server = filled(TestServer.freshSchema().toString());
        String before = ok("export", "--db", server).out();
        String target = file("copy/nudge");
        CliRunner.Result copied = ok("copy", "--from", server, "--to", target);
        assertTrue(copied.out().contains("Copied 3 applications and your settings from " + server + " to "), copied.out());
        assertEquals(before, ok("export", "--db", target).out());
        assertEquals(before, ok("export", "--db", server).out(), "the source is unchanged");
    }

    @Test
    void aFileThatHoldsASearchIsRefusedAndLeftByteForByte() throws Exception {
        String server = filled(TestServer.freshSchema().toString());
        String target = file("held/nudge");
        ok("import", rich().toString(), "--db", target);
        Path h2 = folder.resolve("held/nudge.mv.db");
        byte[] bytes = Files.readAllBytes(h2);
        FileTime modified = Files.getLastModifiedTime(h2);

        CliRunner.Result refused = cli().run("copy", "--from", server, "--to", target);
        assertEquals(Cli.BAD_INPUT, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("already holds 3 applications; add --replace"), refused.err());
        assertArrayEquals(bytes, Files.readAllBytes(h2), "not one byte changed");
        assertEquals(modified, Files.getLastModifiedTime(h2));
        assertFalse(Files.exists(folder.resolve("held/backups-nudge")) && Files.exists(folder.resolve("held/backups")),
                "no backup was needed");
    }

    @Test
    void aSchemaThatHoldsASearchIsRefusedAndLeftRowForRow() throws Exception {
        String source = file("source/nudge");
        ok("import", rich().toString(), "--db", source);
        String server = TestServer.freshSchema().toString();
        Path other = Files.writeString(folder.resolve("other.json"), "{\"format\": \"nudge\", \"version\": 1,"
                + " \"settings\": {\"yourName\": \"Kim\"}, \"applications\": [{\"id\": \"kim-1\", \"company\": \"Kimco\", \"role\": \"Dev\"}]}");
        ok("import", other.toString(), "--db", server);
        String held = ok("export", "--db", server).out();

        CliRunner.Result refused = cli().run("copy", "--from", source, "--to", server);
        assertEquals(Cli.BAD_INPUT, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("already holds 1 application; add --replace"), refused.err());
        assertEquals(held, ok("export", "--db", server).out(), "every row as it was");
    }

    @Test
    void replaceSwapsTheWholeSearchAfterABackupOfIt() throws Exception {
        String source = filled(file("source/nudge"));
        String server = TestServer.freshSchema().toString();
        Path other = Files.writeString(folder.resolve("other.json"), "{\"format\": \"nudge\", \"version\": 1,"
                + " \"applications\": [{\"id\": \"kim-1\", \"company\": \"Kimco\", \"role\": \"Dev\"}]}");
        ok("import", other.toString(), "--db", server);
        String held = ok("export", "--db", server).out();

        CliRunner.Result replaced = ok("copy", "--from", source, "--to", server, "--replace");
        assertEquals(ok("export", "--db", source).out(), ok("export", "--db", server).out(),
                "kim-1, not in the source, is gone: the target is the source's search");
        String line = replaced.out().lines().filter(l -> l.contains("is backed up in ")).findFirst().orElseThrow();
        Path backup = Path.of(line.substring(line.indexOf("is backed up in ") + 16, line.length() - 1));
        assertEquals(held, Files.readString(backup), "the backup is what the schema held");

        // ...and back the other way over a file that holds something: its zip backup restores it.
        String file = file("f/nudge");
        ok("import", other.toString(), "--db", file);
        String fileHeld = ok("export", "--db", file).out();
        ok("copy", "--from", server, "--to", file, "--replace");
        assertEquals(ok("export", "--db", source).out(), ok("export", "--db", file).out());
        ok("restore", "latest", "--db", file);
        assertEquals(fileHeld, ok("export", "--db", file).out());
    }

    @Test
    void theSamePlaceTwiceIsRefused() throws Exception {
        String source = file("same/nudge");
        ok("import", rich().toString(), "--db", source);
        CliRunner.Result refused = cli().run("copy", "--from", source, "--to", folder.resolve("same/../same/nudge.mv.db").toString());
        assertEquals(Cli.BAD_INPUT, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("is the search named by --from"), refused.err());

        String schema = TestServer.freshSchema().schema();
        String address = System.getenv("NUDGE_TEST_PG").strip();
        CliRunner.Result sameServer = cli().run("copy", "--from", address + "?schema=" + schema,
                "--to", address.replace("127.0.0.1", "localhost") + "?schema=" + schema);
        assertEquals(Cli.BAD_INPUT, sameServer.exitCode(), sameServer.err());
    }

    @Test
    void aSchemaWithNoSearchIsNamedByFrom() {
        String empty = TestServer.freshSchema().toString(); // never created: nothing in it
        CliRunner.Result noSource = cli().run("copy", "--from", empty, "--to", file("t/nudge"));
        assertEquals(Cli.DATABASE_PROBLEM, noSource.exitCode(), noSource.err());
        assertTrue(noSource.err().contains("check the address given with --from."), noSource.err());
        assertFalse(noSource.err().contains("--db"), noSource.err());
        assertFalse(Files.exists(folder.resolve("t")), "nothing created for a copy that cannot start");
    }

    @Test
    void missingOptionsAndAMissingSourceAreSaid() {
        CliRunner.Result noTo = cli().run("copy", "--from", file("x/nudge"));
        assertEquals(Cli.BAD_INPUT, noTo.exitCode());
        assertTrue(noTo.err().startsWith("--to: missing"), noTo.err());
        CliRunner.Result noSource = cli().run("copy", "--from", file("nothing/nudge"), "--to", file("t/nudge"));
        assertEquals(Cli.DATABASE_PROBLEM, noSource.exitCode(), noSource.err());
        // The place to correct is the one typed after --from: the message names that option, never --db.
        assertTrue(noSource.err().contains("name another one with --from."), noSource.err());
        assertFalse(noSource.err().contains("--db"), noSource.err());
        assertFalse(Files.exists(folder.resolve("t")), "nothing created for a copy that cannot start");
        assertFalse(Files.exists(folder.resolve("nothing")), "the source is only read");
    }
}
