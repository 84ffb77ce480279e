package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications come back in one order whatever the store: H2's (Java's String order), also from a
 * server database whose collation is a language's (most servers: "en_US.UTF-8" puts "alpha" before
 * "Zeta" and ignores '-'), so an export, a plan or a copy between stores never changes order.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StoredOrderTest {

    /** Ids that a language's collation orders otherwise than Java does: case, marks, digits, signs. */
    private static final List<String> IDS = List.of("Zeta", "alpha", "a-10", "a-9", "a-1", "a1", "zürich-bäckerei",
            "Zürich", "𝔸-math", "Ω-omega", "_under", "0-first", "b c", "bc", "B-c");
    /** A database on the test server that sorts as English does (ICU), beside the C-collated test one. */
    private static final String ENGLISH_DATABASE = "nudge_test_en";

    @TempDir
    Path folder;

    private static List<String> javaOrder() {
        List<String> ids = new ArrayList<>(IDS);
        Collections.sort(ids);
        return ids;
    }

    private static List<String> storedOrder(DatabasePath path) {
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            List<Application> shuffled = new ArrayList<>(IDS.stream().map(id -> Application.of(id, "C", "R")).toList());
            Collections.shuffle(shuffled, new java.util.Random(7));
            repository.saveAll(shuffled);
            return repository.findAll().stream().map(Application::id).toList();
        }
    }

    @Test
    void anH2FileGivesJavasOrder() {
        assertEquals(javaOrder(), storedOrder(StoreBackend.H2.newDatabase(folder)));
    }

    @Test
    void aServerThatSortsAsEnglishGivesTheSameOrder() throws SQLException {
        ServerAddress test = TestServer.freshSchema();
        createEnglishDatabase(test);
        ServerAddress english = ServerAddress.parse(TestServer.address().replaceFirst("/[^/?]+$", "/" + ENGLISH_DATABASE)
                + "?schema=" + test.schema());
        assertEquals(javaOrder(), storedOrder(DatabasePath.onServer(english, folder)));
    }

    private static void createEnglishDatabase(ServerAddress test) throws SQLException {
        try (Connection c = DriverManager.getConnection(test.jdbcUrl(), test.connectionProperties(null));
             Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + ENGLISH_DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + ENGLISH_DATABASE + " TEMPLATE template0 ENCODING 'UTF8'"
                    + " LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'");
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // made meanwhile by another test run: fine
                throw e;
            }
        }
    }
}
