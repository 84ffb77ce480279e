package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code service=NAME}: the driver reads pg_service.conf; a name it does not define, or one that would add a setting, is refused. */
@Timeout(60)
class ServiceFileTest {

    private static final String PROPERTY = "org.postgresql.pgservicefile";

    @TempDir
    Path folder;

    private String before;

    @BeforeEach
    void noServiceFileYet() {
        before = System.getProperty(PROPERTY);
    }

    @AfterEach
    void putItBack() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    private void serviceFile(String text) throws Exception {
        System.setProperty(PROPERTY, Files.writeString(folder.resolve("pg_service.conf"), text).toString());
    }

    @Test
    void aNameTheFileDoesNotDefineIsRefusedInWords() throws Exception {
        serviceFile("[jobs]\nsslmode=disable\n");
        UnusableDatabasePath e = assertThrows(UnusableDatabasePath.class,
                () -> ServerAddress.parse("postgresql://jane@db.example.org/nudge?service=other"));
        assertTrue(e.getMessage().startsWith("the service other is not defined in pg_service.conf"), e.getMessage());
        ServerAddress ok = ServerAddress.parse("postgresql://jane@db.example.org/nudge?service=jobs");
        assertEquals("jdbc:postgresql://db.example.org:5432/nudge?service=jobs", ok.jdbcUrl());
        assertFalse(ok.connectionProperties(null).containsKey("service"));
        assertTrue(ok.toString().endsWith("&service=jobs"), ok.toString());
    }

    @Test
    void aNameCannotCarryAnotherSetting() throws Exception {
        serviceFile("[jobs]\nsslmode=disable\n");
        for (String typed : new String[] {"jobs%26sslmode%3Ddisable", "jobs%3Fhost%3Devil", "", "jobs%20x"}) {
            assertThrows(UnusableDatabasePath.class,
                    () -> ServerAddress.parse("postgresql://jane@db.example.org/nudge?service=" + typed), typed);
        }
    }

    @Test
    void thePasswordMayComeFromTheServiceWhileTheAddressKeepsItsServer() throws Exception {
        try (TestRole role = TestRole.create()) {
            DatabasePath without = DatabasePath.onServer(ServerAddress.parse(role.address("")), folder);
            StoreException asked = assertThrows(StoreException.class, () -> Database.openOrCreate(without).close());
            assertEquals(StoreException.Kind.NEEDS_PASSWORD, asked.kind());

            // The service names another server and database: the address's own win, the password is taken.
            serviceFile("[jobs]\nhost=wrong.invalid\nport=1\ndbname=elsewhere\npassword=" + role.password() + "\n");
            DatabasePath with = DatabasePath.onServer(ServerAddress.parse(role.address("&service=jobs")), folder);
            try (Database db = Database.openOrCreate(with)) {
                new SettingsRepository(db).put("yourName", "Jane");
            }
            try (Database db = Database.openReadOnly(with)) {
                assertEquals("Jane", new SettingsRepository(db).get("yourName").orElseThrow());
            }
        }
    }
}
