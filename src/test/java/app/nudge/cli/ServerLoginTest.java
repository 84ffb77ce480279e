package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.TestRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that wants a password none of ~/.pgpass, PGPASSFILE or PGPASSWORD gave: asked once at a
 * terminal and tried again; without a terminal the one-line message stands. The role used here
 * has its own password, so the test server's password file (which every test reads) is wrong for it.
 */
@Timeout(120)
class ServerLoginTest {

    @TempDir
    Path folder;

    private TestRole role;
    private String address;
    private String secret;

    @BeforeEach
    void aRoleWithItsOwnPassword() throws Exception {
        role = TestRole.create();
        address = role.address("");
        secret = role.password();
    }

    @AfterEach
    void dropIt() throws Exception {
        if (role != null) {
            role.close();
        }
    }

    private static Path rich() throws Exception {
        return Path.of(Objects.requireNonNull(ServerLoginTest.class.getResource("/exchange/rich.json")).toURI());
    }

    @Test
    void thePasswordIsAskedOnceAndTheCommandGoesOn() throws Exception {
        ServerCli cli = new ServerCli(folder).answering(secret);
        CliRunner.Result imported = cli.run("import", rich().toString(), "--db", address);
        assertEquals(Cli.OK, imported.exitCode(), imported.err());
        assertEquals(List.of("Password for " + role.name() + " at 127.0.0.1: "), cli.questions);
        assertFalse(imported.out().contains(secret) || imported.err().contains(secret), "never printed");

        // import-csv opens the schema twice (the preview, then the write): asked once.
        Path sheet = Files.writeString(folder.resolve("s.csv"), "Company,Position\nGlobex,Engineer\n");
        ServerCli again = new ServerCli(folder).answering(secret);
        CliRunner.Result csv = again.run("import-csv", sheet.toString(), "--db", address, "--yes");
        assertEquals(Cli.OK, csv.exitCode(), csv.err());
        assertEquals(1, again.questions.size(), again.questions.toString());
    }

    /** No ~/.pgpass line and no PGPASSWORD at all: the driver says 08004, which once read as "cannot be reached". */
    @Test
    void withNoPasswordFileAtAllItIsAskedForToo() throws Exception {
        String property = "org.postgresql.pgpassfile";
        String before = System.getProperty(property);
        System.setProperty(property, Files.writeString(folder.resolve("empty.pgpass"), "").toString());
        try {
            ServerCli none = new ServerCli(folder);
            CliRunner.Result refused = none.run("export", "--db", address);
            assertEquals(Cli.DATABASE_PROBLEM, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains("Put it in ~/.pgpass or PGPASSWORD"), refused.err());
            assertEquals(1, none.questions.size(), "a terminal would have been asked");

            ServerCli cli = new ServerCli(folder).answering(secret);
            CliRunner.Result imported = cli.run("import", rich().toString(), "--db", address);
            assertEquals(Cli.OK, imported.exitCode(), imported.err());
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void withoutATerminalTheMessageStands() throws Exception {
        ServerCli cli = new ServerCli(folder); // the prompt has no terminal: no answer
        CliRunner.Result refused = cli.run("import", rich().toString(), "--db", address);
        assertEquals(Cli.DATABASE_PROBLEM, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("Put it in ~/.pgpass or PGPASSWORD"), refused.err());
        assertEquals(1, refused.err().lines().count(), "one line");
    }

    @Test
    void aWrongPasswordIsNotAskedForAgain() throws Exception {
        ServerCli cli = new ServerCli(folder).answering("wrong").answering(secret);
        CliRunner.Result refused = cli.run("export", "--db", address);
        assertEquals(Cli.DATABASE_PROBLEM, refused.exitCode(), refused.err());
        assertEquals(1, cli.questions.size(), "asked once: " + cli.questions);
        assertEquals(1, refused.err().lines().count(), refused.err());
    }

    @Test
    void aFileNeverAsks() {
        ServerCli cli = new ServerCli(folder).answering(secret);
        CliRunner.Result missing = cli.run("export", "--db", folder.resolve("none/nudge").toString());
        assertEquals(Cli.DATABASE_PROBLEM, missing.exitCode());
        assertTrue(cli.questions.isEmpty());
    }
}
