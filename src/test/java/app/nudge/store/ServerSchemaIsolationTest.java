package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two searches in two schemas of one database (a coach's candidates) never see each other's data,
 * and no spelling of one schema's name reaches the other.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ServerSchemaIsolationTest {

    @TempDir
    Path folder;

    @Test
    void whatIsWrittenInOneSchemaIsNotInTheOther() {
        ServerAddress alice = TestServer.freshSchema();
        ServerAddress bob = TestServer.freshSchema();
        try (Database a = Database.openOrCreate(DatabasePath.onServer(alice, folder));
             Database b = Database.openOrCreate(DatabasePath.onServer(bob, folder))) {
            new ApplicationRepository(a).save(Application.of("alice-job", "Acme", "Analyst"));
            new SettingsRepository(a).putAll(Map.of("you.name", "Alice"));
            new ApplicationRepository(b).save(Application.of("bob-job", "Bolt", "Tester"));

            assertEquals(List.of("alice-job"), ids(a));
            assertEquals(List.of("bob-job"), ids(b));
            assertEquals(Map.of(), new SettingsRepository(b).all(), "Alice's settings are not Bob's");
            assertTrue(new ApplicationRepository(b).find("alice-job").isEmpty());
            assertFalse(new ApplicationRepository(b).delete("alice-job"), "Bob cannot delete Alice's");
        }
        try (Database a = Database.openExisting(DatabasePath.onServer(alice, folder))) {
            assertEquals(List.of("alice-job"), ids(a), "Alice's search is whole after Bob's delete");
        }
    }

    @Test
    void aNewSchemaBesideAFullOneStartsEmpty() {
        ServerAddress full = TestServer.freshSchema();
        try (Database db = Database.openOrCreate(DatabasePath.onServer(full, folder))) {
            new ApplicationRepository(db).save(Application.of("kept", "Acme", "Analyst"));
        }
        // The next schema name differs only by a suffix: it is still a search of its own.
        ServerAddress beside = TestServer.schema(full.schema() + "_2");
        try (Database db = Database.openOrCreate(DatabasePath.onServer(beside, folder))) {
            assertEquals(0, new ApplicationRepository(db).count());
        }
    }

    @Test
    void noSpellingOfASchemaNameReachesAnother() {
        ServerAddress alice = TestServer.freshSchema();
        try (Database db = Database.openOrCreate(DatabasePath.onServer(alice, folder))) {
            new ApplicationRepository(db).save(Application.of("alice-job", "Acme", "Analyst"));
        }
        String server = TestServer.address();
        for (String spelling : List.of(alice.schema().toUpperCase(java.util.Locale.ROOT), "\"" + alice.schema() + "\"",
                "%22" + alice.schema() + "%22", alice.schema() + "%20", alice.schema() + "\";--",
                alice.schema() + ",public", "pg_catalog", "pg_temp")) {
            assertThrows(UnusableDatabasePath.class, () -> DatabasePath.of(server + "?schema=" + spelling), spelling);
        }
        // What is accepted is the name itself, quoted wherever SQL names it, so it only ever means that schema.
        ServerAddress again = DatabasePath.of(server + "?schema=" + alice.schema()).server();
        assertEquals("\"" + alice.schema() + "\"", again.quotedSchema());
    }

    @Test
    void theServerSessionUsesOnlyItsOwnSchema() {
        ServerAddress alice = TestServer.freshSchema();
        try (Database db = Database.openOrCreate(DatabasePath.onServer(alice, folder))) {
            String searchPath = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SHOW search_path")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            // Not "$user, public": a table missing from the schema is never found in another one.
            assertEquals(alice.schema(), searchPath.replace("\"", ""));
        }
    }

    private static List<String> ids(Database db) {
        return new ApplicationRepository(db).findAll().stream().map(Application::id).toList();
    }
}
