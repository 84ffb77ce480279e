package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that wants a password nobody gave is a password question, not a server that is away:
 * pgjdbc says so with SQLSTATE 08004 before the server ever checks one.
 */
class ServerPasswordProblemTest {

    @TempDir
    Path folder;

    private DatabasePath somewhere() {
        return DatabasePath.onServer(ServerAddress.parse("postgresql://jane@db.example.org/nudge?schema=jane"), folder);
    }

    @Test
    void noPasswordGivenIsAskedForNotRetriedAsOffline() {
        SQLException driver = new SQLException("The server requested SCRAM-based authentication, but no password was provided.", "08004");

        StoreException problem = ServerOpen.translate(somewhere(), driver);

        assertEquals(StoreException.Kind.NEEDS_PASSWORD, problem.kind(), problem.getMessage());
        assertFalse(ServerProblems.isOffline(driver));
    }

    @Test
    void anotherRefusalIsNeitherAPasswordQuestionNorOffline() {
        SQLException driver = new SQLException("The server does not support SSL.", "08004");

        StoreException problem = ServerOpen.translate(somewhere(), driver);

        assertEquals(StoreException.Kind.FAILED, problem.kind());
        assertTrue(problem.getMessage().contains("refused the connection"), problem.getMessage());
        assertFalse(problem.getMessage().contains("SSL."), "our words, not the driver's: " + problem.getMessage());
    }

    @Test
    void aConnectionThatCannotBeMadeIsStillOffline() {
        assertTrue(ServerProblems.isOffline(new SQLException("Connection refused.", "08001")));
    }

    /** The real driver against the real server, with no password anywhere: the kind the app asks on. */
    @Test
    @Timeout(30)
    void theRealServerWithoutAnyPasswordAsksForOne() {
        ServerAddress test = ServerAddress.parse(TestServer.address());
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", folder.resolve("no-such-pgpass").toString());
        try {
            StoreException problem = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> ServerCheck.check(DatabasePath.onServer(test, folder), null));
            if (System.getenv("PGPASSWORD") == null) {
                assertEquals(StoreException.Kind.NEEDS_PASSWORD, problem.kind(), problem.getMessage());
            }
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }
}
