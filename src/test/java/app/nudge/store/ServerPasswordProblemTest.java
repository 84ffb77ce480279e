package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertNoPasswordIsAskedFor(TestServer.address());
    }

    /**
     * pgjdbc words its own failures in the JVM's language (it ships translations, and picks one
     * bundle once per class loader, at first use), so what tells a missing password apart cannot be
     * the text: Russian translates this very message. A driver loaded afresh under the locale gives
     * the failure exactly as such a system would see it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"de", "ru", "fr"})
    @Timeout(30)
    void theSameOnASystemInAnotherLanguage(String language) throws Exception {
        ServerAddress test = ServerAddress.parse(TestServer.address() + "?schema=nobody");
        assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD gives the test a password");
        Locale before = Locale.getDefault();
        String pgpass = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", folder.resolve("no-such-pgpass").toString());
        Locale.setDefault(Locale.of(language));
        URL jar = org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) fresh.loadClass("org.postgresql.Driver").getDeclaredConstructor().newInstance();
            SQLException refused = assertThrows(SQLException.class,
                    () -> driver.connect(test.jdbcUrl(), test.connectionProperties(null)).close());
            StoreException problem = ServerOpen.translate(DatabasePath.onServer(test, folder), refused);
            assertEquals(StoreException.Kind.NEEDS_PASSWORD, problem.kind(), refused.getMessage());
            assertEquals("The server " + test.host() + " asks for the password of " + test.user() + " and none was found."
                    + " Put it in ~/.pgpass or PGPASSWORD to be asked no more; Nudge stores none.", problem.getMessage(),
                    "none given is told as such");
        } finally {
            Locale.setDefault(before);
            if (pgpass == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", pgpass);
            }
        }
    }

    /** The driver's other 08004 (the server offers no TLS though sslmode=require) is not a password question. */
    @Test
    @Timeout(30)
    void aServerWithoutTlsWhenTlsIsRequiredIsNotAPasswordQuestion() {
        // .ci/pg-server.sh starts the server without ssl = on, so it answers "no TLS" before any password.
        String address = TestServer.address() + "?schema=nobody&sslmode=require";
        StoreException problem = assertThrows(StoreException.class,
                () -> ServerCheck.check(DatabasePath.onServer(ServerAddress.parse(address), folder), null));
        assertEquals(StoreException.Kind.FAILED, problem.kind(), problem.getMessage());
        assertTrue(problem.getMessage().contains("sslmode"), problem.getMessage());
    }

    private void assertNoPasswordIsAskedFor(String address) {
        ServerAddress test = ServerAddress.parse(address);
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", folder.resolve("no-such-pgpass").toString());
        try {
            assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD gives the test a password");
            StoreException problem = assertThrows(StoreException.class,
                    () -> ServerCheck.check(DatabasePath.onServer(test, folder), null));
            assertEquals(StoreException.Kind.NEEDS_PASSWORD, problem.kind(), problem.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }
}
