package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the store says when H2 fails: our own words chosen from the error code, never H2's statement, text or code. */
@Timeout(30)
class StoreMessagesTest {

    /** H2's full text of the read-only failure issue 14 saw on the command line. */
    private static final String READ_ONLY_TEXT =
            "The database is read only; SQL statement:\nDELETE FROM application WHERE id = ? [90097-252]";

    private static void assertOurWords(String message) {
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.matches("(?s).*(SQL statement|SELECT|DELETE|Exception|org\\.h2|\\[\\d{5}-\\d+]).*"), message);
        assertEquals(message, ErrorMessages.of(new StoreException(StoreException.Kind.FAILED, message, null)),
                "the last guard lets it through as it is");
    }

    @Test
    void h2DetailIsOurWordsChosenFromTheErrorCode() throws SQLException {
        SQLException failure;
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:detail", "sa", "");
                Statement st = c.createStatement()) {
            failure = assertThrows(SQLException.class, () -> st.executeQuery("SELECT notes FROM nowhere"));
        }
        assertTrue(failure.getMessage().contains("SQL statement"), "the fixture carries H2's full text");

        String detail = Database.h2Detail(failure);

        assertEquals("an unexpected database error, recorded in Nudge's log", detail);
        assertEquals("the file is read-only", Database.h2Detail(new SQLException(READ_ONLY_TEXT, "HY000", 90097)));
        assertEquals("the file is damaged", Database.h2Detail(new SQLException("File corrupted [90030-252]", "XX000", 90030)));
    }

    @Test
    void aFailedReadSaysSoWithoutTheStatement(@TempDir Path folder) {
        try (Database db = TempDatabase.open(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> db.read(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeQuery("SELECT secret FROM application");
                }
            }));

            assertTrue(e.userMessage().startsWith("Reading the database " + db.path() + " failed ("), e.userMessage());
            assertTrue(e.userMessage().contains("restore a backup"), e.userMessage());
            assertOurWords(e.userMessage());
            assertTrue(e.getCause().getMessage().contains("SELECT secret"), "the detail stays in the cause, for the log");
        }
    }

    @Test
    void aChangeRefusedByAReadOnlyFileSaysSoAndWhatToDo(@TempDir Path folder) {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(H2Problems.class.getName());
        log.addHandler(handler);
        try (Database db = TempDatabase.open(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                throw new SQLException(READ_ONLY_TEXT, "HY000", 90097);
            }));

            assertEquals("A database change failed and was undone; nothing was stored: " + db.path() + " is read-only."
                    + " Make the file writable, or use a copy with --db.", e.userMessage());
            assertOurWords(e.userMessage());
        } finally {
            log.removeHandler(handler);
        }
        assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains("90097") && r.getThrown() != null),
                "the log keeps the kind and the failure");
    }

    @Test
    void openingFailuresAreWordedFromTheirKind(@TempDir Path folder) throws IOException {
        DatabasePath plain = new DatabasePath(folder.resolve("plain"));
        String io = Database.translate(plain, new SQLException("IO Exception: \"x\" [90028-252]", "XX000", 90028)).userMessage();
        assertTrue(io.contains("could not be read or written") && io.contains("--db"), io);
        assertOurWords(io);

        DatabasePath aFolder = new DatabasePath(folder.resolve("folder"));
        Files.createDirectory(aFolder.file());
        String folderMessage = Database.translate(aFolder, new SQLException("IO Exception [90028-252]", "XX000", 90028))
                .userMessage();
        assertEquals("The database " + aFolder + " is a folder, not a Nudge file; choose a file with --db.", folderMessage);

        String readOnly = Database.translate(plain, new SQLException(READ_ONLY_TEXT, "HY000", 90097)).userMessage();
        assertTrue(readOnly.contains("is read-only; make it writable"), readOnly);
        assertOurWords(readOnly);
    }
}
