package app.nudge.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationRules;
import app.nudge.service.InvalidApplicationException;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import app.nudge.store.TempDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ErrorMessagesTest {

    /** What no line shown to a user may hold: SQL, an H2 error code, a class name. */
    private static void assertPlain(String line) {
        assertFalse(line.isBlank(), "a line is shown");
        assertFalse(line.contains("\n"), "one line: " + line);
        for (String banned : new String[] {"SELECT", "INSERT", "SQL", "Exception", "org.h2", "java.", "[42"}) {
            assertFalse(line.contains(banned), "'" + banned + "' shown to the user: " + line);
        }
        assertFalse(line.matches(".*\\[\\d{5}-\\d+].*"), "an error code shown: " + line);
    }

    private static SQLException realH2Failure() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:errors", "sa", "");
                Statement st = c.createStatement()) {
            st.executeQuery("SELECT secret_column FROM applications WHERE id = 'acme'");
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("the query should have failed");
    }

    @Test
    void anH2FailureWithItsStatementInsideIsShownAsTheGenericSentence() throws SQLException {
        SQLException h2 = realH2Failure();
        assertTrue(h2.getMessage().contains("SELECT secret_column"), "the fixture really carries SQL");

        assertEquals(ErrorMessages.generic(), ErrorMessages.of(h2));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new CompletionException(new RuntimeException(h2))));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new IllegalStateException(h2.getMessage(), h2)));
    }

    @Test
    void aFailedStoreTransactionSaysWhatHappenedWithoutTheStatement(@TempDir Path folder) {
        try (Database db = TempDatabase.open(folder)) {
            StoreException failed = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
            }));
            String line = ErrorMessages.of(new CompletionException(failed));
            assertPlain(line);
            assertTrue(line.startsWith("A database change failed and was undone"), line);
        }
    }

    @Test
    void invalidFieldsComeBackAsOneLineNamingTheField() {
        Application blank = Application.of("acme-ba", "", "Business Analyst");
        InvalidApplicationException invalid = new InvalidApplicationException(ApplicationRules.check(blank));

        String line = ErrorMessages.of(new CompletionException(invalid));

        assertTrue(line.startsWith("company: "), line);
        assertPlain(line);
        assertEquals(line, ErrorMessages.of(new ExecutionException(new CompletionException(invalid))));
    }

    @Test
    void failuresWithoutAMessageGetTheGenericSentence() {
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new NullPointerException()));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new CompletionException(new RuntimeException((String) null))));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new CompletionException(null)));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(null));
    }

    @Test
    void aLibraryMessageIsNeverShownEvenWhenItLooksHarmless() {
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new IllegalArgumentException("Invalid value for MonthOfYear: 13")));
    }

    @Test
    void fileProblemsNameTheFile(@TempDir Path folder) {
        Path missing = folder.resolve("applications.json");
        NoSuchFileException notThere = assertThrows(NoSuchFileException.class, () -> Files.readString(missing));

        assertEquals("The file " + missing + " does not exist.",
                ErrorMessages.of(new CompletionException(new UncheckedIOException(notThere))));
        assertEquals("Nudge may not read or write /root/x.csv. Check its permissions.",
                ErrorMessages.of(new UncheckedIOException(new AccessDeniedException("/root/x.csv"))));
        String general = ErrorMessages.of(new IOException("Stream closed"));
        assertPlain(general);
        assertTrue(general.startsWith("A file could not be read or written"), general);
    }

    @Test
    void aTextWrittenForUsersIsShownAsItIsUnlessItCarriesADatabasesWords() {
        UserFacingProblem plain = new UserFacingProblem("notes: longer than 20000 characters");
        UserFacingProblem leaky = new UserFacingProblem("Cannot open (Table \"X\" not found; SQL statement: SELECT 1 [42102-252])");

        assertEquals("notes: longer than 20000 characters", ErrorMessages.of(new CompletionException(plain)));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(leaky));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new UserFacingProblem("Failed: java.lang.IllegalStateException")));
        assertEquals(ErrorMessages.generic(), ErrorMessages.of(new UserFacingProblem("Failed in org.h2.mvstore.MVStore")));
        String addresses = "contacts[0].email: not an email address: pat@acme.com.au x; url: see app.config.json";
        assertEquals(addresses, ErrorMessages.of(new UserFacingProblem(addresses)), "domains and file names are not class names");
    }

    @Test
    void unwrapFindsTheFailureInsideTheWrappers() {
        RuntimeException inner = new IllegalStateException("inner");
        assertEquals(inner, ErrorMessages.unwrap(new CompletionException(new ExecutionException(inner))));
        assertEquals(inner, ErrorMessages.unwrap(inner));
    }

    private static final class UserFacingProblem extends RuntimeException implements UserFacing {
        private static final long serialVersionUID = 1L;

        UserFacingProblem(String message) {
            super(message);
        }

        @Override
        public String userMessage() {
            return getMessage();
        }
    }
}
