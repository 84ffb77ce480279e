package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.common.ErrorMessages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that is down, or that refuses the password, is told in one plain line of our own: no
 * SQLSTATE, no driver class, no server text (which can carry names and statements).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ServerFailureMessagesTest {

    private static final String PGPASS_PROPERTY = "org.postgresql.pgpassfile";
    /** Traces of the driver or the server: a SQLSTATE code, its words, the driver's names. */
    private static final Pattern NOT_OURS = Pattern.compile(
            "SQLSTATE|\\b[0-9A-Z]{2}[0-9A-Z]{3}\\b.*state|PSQL|postgresql\\.util|FATAL|ERROR:|authentication failed|Exception|scram|\\[\\d");

    @TempDir
    Path folder;

    private static void assertPlainLine(StoreException e) {
        String line = ErrorMessages.of(e);
        assertEquals(e.getMessage(), line, "accepted as a text for users, not replaced by the generic one");
        assertEquals(1, line.lines().count(), line);
        assertFalse(NOT_OURS.matcher(line).find(), line);
    }

    @Test
    void aServerThatIsDownIsOfflineInOnePlainLine() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String server = TestServer.address(); // the test user's pgpass is in place: only the port is wrong
        ServerAddress down = ServerAddress.parse(server.replaceFirst(":\\d+/", ":" + closedPort + "/") + "?schema=nobody");
        StoreException e = assertThrows(StoreException.class,
                () -> Database.openOrCreate(DatabasePath.onServer(down, folder)));
        assertEquals(StoreException.Kind.OFFLINE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(closedPort)), "names where it looked: " + e.getMessage());
        assertPlainLine(e);

        CliRunner.Result result = new CliRunner().run("export", "--db", down.toString());
        assertEquals(Cli.DATABASE_PROBLEM, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(NOT_OURS.matcher(result.err()).find(), result.err());
    }

    @Test
    void aWrongPasswordInThePgpassFileIsRefusedInOnePlainLine() throws IOException {
        ServerAddress schema = TestServer.freshSchema(); // writes the right pgpass first; replaced below
        Assumptions.assumeFalse(System.getenv("PGPASSWORD") != null, "PGPASSWORD set: the pgpass file would not be read");
        Path wrong = folder.resolve("pgpass");
        Files.writeString(wrong, "*:*:*:*:not-the-password\n");
        OwnerOnlyFile.restrict(wrong);
        String before = System.getProperty(PGPASS_PROPERTY);
        System.setProperty(PGPASS_PROPERTY, wrong.toString());
        try {
            StoreException e = assertThrows(StoreException.class,
                    () -> Database.openOrCreate(DatabasePath.onServer(schema, folder)));
            assertEquals(StoreException.Kind.NEEDS_PASSWORD, e.kind(), e.getMessage());
            assertTrue(e.getMessage().startsWith("The server " + schema.host() + " did not accept the password given for "
                    + schema.user()), "a wrong password is not told as a missing one: " + e.getMessage());
            assertFalse(e.getMessage().contains("not-the-password"));
            assertPlainLine(e);
        } finally {
            if (before == null) {
                System.clearProperty(PGPASS_PROPERTY);
            } else {
                System.setProperty(PGPASS_PROPERTY, before);
            }
        }
    }

    @Test
    void aWrongPasswordTypedAtConnectTimeIsRefusedInOnePlainLine() {
        ServerAddress schema = TestServer.freshSchema();
        StoreException e = assertThrows(StoreException.class,
                () -> Database.openOnServer(DatabasePath.onServer(schema, folder), "typed-wrong".toCharArray()));
        assertEquals(StoreException.Kind.NEEDS_PASSWORD, e.kind(), e.getMessage());
        assertFalse(e.getMessage().contains("typed-wrong"));
        assertPlainLine(e);
    }

    /** pgjdbc, like libpq, may ignore a pgpass file others can read: keep it owner-only where the OS allows. */
    private static final class OwnerOnlyFile {
        static void restrict(Path file) throws IOException {
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: nothing to narrow
            }
        }
    }
}
