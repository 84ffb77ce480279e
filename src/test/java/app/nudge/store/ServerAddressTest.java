package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Security of the typed server address: no part of it can carry SQL or another connection
 * setting. Each hostile address is refused with one line that names the part that is wrong and
 * repeats none of the hostile text (a statement, an option's value, a password).
 */
class ServerAddressTest {

    private static final String GOOD = "postgresql://jane@db.example.org:5433/nudge?schema=jane_search";

    /** Refused as unusable (exit 2 on the command line), with one plain line the user can act on. */
    private static String refusal(String typed) {
        UnusableDatabasePath e = assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(typed), typed);
        String line = ErrorMessages.of(e);
        assertEquals(e.getMessage(), line, "passes the check for texts shown to users: " + typed);
        assertEquals(1, line.lines().count(), line);
        return line;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // schema: quotes, statements, spaces, upper case, reserved names, escapes of all of those
        "postgresql://jane@db/nudge?schema=a\";DROP SCHEMA public CASCADE;--   | schema name | DROP",
        "postgresql://jane@db/nudge?schema=a%22%3BDROP%20SCHEMA%20public%3B--    | schema name | DROP",
        "postgresql://jane@db/nudge?schema=a';SELECT pg_sleep(10);--            | schema name | pg_sleep",
        "postgresql://jane@db/nudge?schema=a b                                    | schema name | a b",
        "postgresql://jane@db/nudge?schema=a%20b                                  | schema name | a b",
        "postgresql://jane@db/nudge?schema=Jane                                   | schema name | Jane",
        "postgresql://jane@db/nudge?schema=JANE_SEARCH                            | schema name | JANE",
        "postgresql://jane@db/nudge?schema=\"jane_search\"                        | schema name | \"",
        "postgresql://jane@db/nudge?schema=%22jane_search%22                      | schema name | \"",
        "postgresql://jane@db/nudge?schema=pg_catalog                             | schema name | pg_catalog",
        "postgresql://jane@db/nudge?schema=pg_temp                                | schema name | pg_temp",
        "postgresql://jane@db/nudge?schema=                                       | schema name | ''",
        "postgresql://jane@db/nudge?schema=1abc                                   | schema name | 1abc",
        "postgresql://jane@db/nudge?schema=a.b                                    | schema name | a.b",
        "postgresql://jane@db/nudge?schema=a%00b                                  | schema name | NONE",
        "postgresql://jane@db/nudge?schema=a%0Ab                                  | schema name | NONE",
        "postgresql://jane@db/nudge?schema=j%C3%A4ne                              | schema name | jäne",
        "postgresql://jane@db/nudge?schema=search_path                            | NONE        | NONE",
        // options smuggled after the schema: each would change where or how the driver connects
        "postgresql://jane@db/nudge?schema=a&socketFactory=org.example.Evil       | socketFactory | org.example",
        "postgresql://jane@db/nudge?schema=x&options=-c search_path=public        | options     | search_path",
        "postgresql://jane@db/nudge?schema=x&options=-c%20search_path%3Dpublic    | options     | search_path",
        "postgresql://jane@db/nudge?schema=x&user=postgres                        | user        | postgres",
        "postgresql://jane@db/nudge?schema=x&currentSchema=public                 | currentSchema | public",
        "postgresql://jane@db/nudge?schema=x&sslfactory=org.example.TrustAll      | sslfactory  | org.example",
        "postgresql://jane@db/nudge?schema=x&loggerFile=/tmp/log                  | loggerFile  | /tmp/log",
        "postgresql://jane@db/nudge?schema=x&sslmode=none                         | sslmode     | none",
        "postgresql://jane@db/nudge?schema=x&sslrootcert=relative.crt             | sslrootcert | relative",
        "postgresql://jane@db/nudge?schema=x%26user%3Dpostgres                    | schema name | postgres",
        "postgresql://jane@db/nudge?schema=x&schema=y                             | twice       | NONE",
        "postgresql://jane@db/nudge?schema=x&SCHEMA=public                        | SCHEMA      | public",
        "postgresql://jane@db/nudge?schema=x&a%0Ab=1                              | option      | NONE",
        "postgresql://jane@db/nudge?schema=x&x%3BDROP%20TABLE%20t=1               | option      | DROP",
        "postgresql://jane@db/nudge?schema=x&sslrootcert=/tmp/a%00b               | sslrootcert | NONE",
        // a password is never part of an address, however it is written
        "postgresql://jane:s3cret@db/nudge?schema=x                              | password    | s3cret",
        "postgresql://jane%3As3cret@db/nudge?schema=x                            | password    | s3cret",
        "postgresql://jane@db/nudge?schema=x&password=s3cret                     | password    | s3cret",
        // user, server, database
        "postgresql://jane;DROP@db/nudge?schema=x                                 | user name   | DROP",
        "postgresql://ja ne@db/nudge?schema=x                                     | user name   | ja ne",
        "postgresql://jane%27@db/nudge?schema=x                                   | user name   | jane'",
        "postgresql://@db/nudge?schema=x                                          | user name   | NONE",
        "postgresql://jane@db;ssl=false/nudge?schema=x                            | server name | ssl=",
        "postgresql://jane@db,evil.example/nudge?schema=x                         | server name | evil",
        "postgresql://jane@db%2Eexample/nudge?schema=x                            | server name | %2E",
        "postgresql://jane@/nudge?schema=x                                        | server name | NONE",
        "postgresql://jane@db/nudge;x?schema=x                                    | database name | nudge;",
        "postgresql://jane@db/nu%20dge?schema=x                                   | database name | nu dge",
        "postgresql://jane@db/nudge%3Fssl%3Dfalse?schema=x                        | database name | ssl",
        "postgresql://jane@db/nud/ge?schema=x                                     | database name | nud/",
        "postgresql://jane@db?schema=x                                            | database    | NONE",
        // ports
        "postgresql://jane@db:0/nudge?schema=x                                    | port        | NONE",
        "postgresql://jane@db:65536/nudge?schema=x                                | port        | 65536",
        "postgresql://jane@db:-1/nudge?schema=x                                   | port        | NONE",
        "postgresql://jane@db:5432x/nudge?schema=x                                | port        | 5432x",
        "postgresql://jane@db:/nudge?schema=x                                     | port        | NONE",
        "postgresql://jane@db:99999999999999999999/nudge?schema=x                 | port        | 999999",
        // escapes that do not decode
        "postgresql://jane@db/nudge?schema=%zz                                    | %-escape    | NONE",
        "postgresql://jane@db/nudge?schema=a%2                                    | %-escape    | NONE",
    })
    void aHostileAddressIsRefusedNamingThePartWithoutRepeatingIt(String typed, String part, String hostile) {
        if (hostile.equals("NONE") && part.equals("NONE")) {
            // search_path is an ordinary name: accepted, and it stays a name (quoted wherever SQL uses it).
            assertEquals("\"search_path\"", DatabasePath.of(typed).server().quotedSchema());
            return;
        }
        String line = refusal(typed);
        assertTrue(line.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))
                || (part.equals("twice") && line.contains("twice")), "names the " + part + ": " + line);
        if (!hostile.equals("NONE") && !hostile.equals("''")) {
            assertFalse(line.contains(hostile), "does not repeat '" + hostile + "': " + line);
        }
        for (String sqlWord : new String[] {"DROP", "SELECT", "SQLSTATE", "search_path=", "Exception"}) {
            assertFalse(line.contains(sqlWord), line);
        }
    }

    @Test
    void aSchemaNameThatOnlyNeedsLowerCaseIsOfferedInIt() {
        assertTrue(refusal("postgresql://jane@db/nudge?schema=Alex").endsWith("(\u201calex\u201d would do)"));
        assertTrue(refusal("postgresql://jane@db/nudge?schema=JANE_SEARCH").endsWith("(\u201cjane_search\u201d would do)"));
        assertFalse(refusal("postgresql://jane@db/nudge?schema=a%20b").contains("would do"), "no offer that would be refused too");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://jane@db.example.org/nudge",
        "postgresql://jane@db.example.org:5433/nudge?schema=jane_search",
        "postgresql://Jane.Doe-1@10.0.0.7:6543/nudge_prod?schema=coach_candidate_7",
        "postgresql://jane@[::1]:5433/nudge?schema=a",
        "postgresql://jane@db.example.org/nudge?schema=s&sslmode=verify-full&sslrootcert=/etc/ssl/root.crt",
    })
    void aGoodAddressRoundTripsThroughItsTextAndShowsNoPassword(String typed) {
        DatabasePath path = DatabasePath.of(typed);
        assertTrue(path.isServer());
        DatabasePath again = DatabasePath.of(path.toString());
        assertEquals(path.server(), again.server(), path.toString());
        assertEquals(path.toString(), again.toString());
        assertFalse(path.toString().contains(":@") || path.toString().matches(".*//[^/@]*:[^/@]*@.*"),
                "no password in " + path);
        assertFalse(path.server().connectionProperties(null).getProperty("options", "").contains("search_path"));
    }

    @Test
    void theDriverGetsOnlyCheckedPartsInItsUrlAndTheOptionsAsProperties() {
        ServerAddress a = DatabasePath.of(GOOD + "&sslmode=require").server();
        assertEquals("jdbc:postgresql://db.example.org:5433/nudge", a.jdbcUrl(), "no option is spliced into the URL");
        var properties = a.connectionProperties(null);
        assertEquals("jane", properties.getProperty("user"));
        assertEquals("require", properties.getProperty("sslmode"));
        assertEquals("\"jane_search\"", a.quotedSchema());
        assertEquals(Map.of("sslmode", "require"), a.options());
        assertEquals("jane@db.example.org-5433-nudge-jane_search", a.folderName());
    }

    @Test
    void aPasswordTypedAtConnectTimeIsGivenToTheDriverAndNeverShown() {
        ServerAddress a = DatabasePath.of(GOOD).server();
        assertEquals("typed secret", a.connectionProperties("typed secret".toCharArray()).getProperty("password"));
        assertFalse(a.toString().contains("secret"));
        assertFalse(DatabasePath.of(GOOD).toString().contains("secret"));
    }
}
