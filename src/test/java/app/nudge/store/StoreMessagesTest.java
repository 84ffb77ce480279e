package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the store says when H2 fails: H2's reason in a word or two, never its statement or code. */
@Timeout(30)
class StoreMessagesTest {

    @Test
    void h2DetailKeepsTheReasonAndDropsTheStatementAndTheCode() throws SQLException {
        SQLException failure;
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:detail", "sa", "");
                Statement st = c.createStatement()) {
            failure = assertThrows(SQLException.class, () -> st.executeQuery("SELECT notes FROM nowhere"));
        }
        assertTrue(failure.getMessage().contains("SQL statement"), "the fixture carries H2's full text");

        String detail = Database.h2Detail(failure);

        assertTrue(detail.contains("NOWHERE"), "the reason stays: " + detail);
        assertFalse(detail.contains("SELECT"), detail);
        assertFalse(detail.contains("SQL statement"), detail);
        assertFalse(detail.matches(".*\\[\\d+-\\d+].*"), detail);
    }

    @Test
    void aFailedReadSaysSoWithoutTheStatement(@TempDir Path folder) {
        try (Database db = TempDatabase.open(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> db.read(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeQuery("SELECT secret FROM application");
                }
            }));

            assertEquals("Reading the database failed. The details are in Nudge's log.", e.userMessage());
            assertTrue(e.getCause().getMessage().contains("SELECT secret"), "the detail stays in the cause, for the log");
        }
    }
}
