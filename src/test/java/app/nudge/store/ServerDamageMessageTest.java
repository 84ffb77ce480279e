package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row of a schema changed behind Nudge's back (with psql, say) is refused as damaged, as in a
 * file; the way out named is one for a server, never a file's (no local path, no file swap).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ServerDamageMessageTest {

    @TempDir
    Path folder;

    @Test
    void anEditedRowIsRefusedWithAServersWayOut() {
        DatabasePath path = TestServer.freshDatabase(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("acme", "Acme", "Analyst"));
            db.read(c -> c.createStatement().executeUpdate("UPDATE application SET company = 'Acne'"));
            StoreException e = assertThrows(StoreException.class, () -> new ApplicationRepository(db).findAll());
            assertEquals(StoreException.Kind.DAMAGED, e.kind());
            String line = ErrorMessages.of(e);
            assertEquals(e.getMessage(), line);
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.contains(path.server().toString()), line);
            assertFalse(line.contains(folder.toString()), "no local folder offered as the database: " + line);
            assertFalse(line.contains("file"), "a schema is not a file: " + line);
        }
    }
}
