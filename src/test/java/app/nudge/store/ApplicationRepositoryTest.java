package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ApplicationRepositoryTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    /** This test's search: reopened by the same path, as the app does. */
    private DatabasePath path;

    @org.junit.jupiter.api.BeforeEach
    void newSearch() {
        path = backend.newDatabase(folder);
    }

    static Application rich(String id) {
        return new Application(id, "Acme Corp", "Business Analyst", "US", LocalDate.of(2026, 11, 2),
                "https://jobs.acme.example/1", "Remote", "LinkedIn", true, false, "notes ✓",
                List.of(new Contact("Pat Lee", "pat@acme.example", "+1 555", "Hiring Manager", true),
                        new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false)),
                List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), LocalDate.of(2026, 11, 20),
                                "event-driven billing", List.of("Pat Lee", "Sam Roe")),
                        new InterviewRound(LocalDateTime.of(2026, 11, 30, 10, 0), null, "", List.of())),
                List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 16)),
                        Event.followUp(LocalDate.of(2026, 11, 23), Channel.PHONE),
                        Event.reply(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 4)),
                        Event.checkBack(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 1)),
                        Event.skipped(LocalDate.of(2026, 11, 25), ActionType.FOLLOW_UP),
                        Event.snoozed(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30)).withNote("away")));
    }

    @Test
    void migratesAnEmptyFolderAndStartsEmpty() {
        try (Database db = Database.openOrCreate(path)) {
            assertTrue(backend == StoreBackend.POSTGRESQL || db.path().exists(), "the H2 file exists after opening");
            assertEquals(0, new ApplicationRepository(db).count());
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
        }
    }

    @Test
    void storesAndReadsBackAWholeApplicationAcrossReopening() {
        Application original = rich("acme-ba");
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(original);
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(List.of(original), new ApplicationRepository(db).findAll());
            assertEquals(original, new ApplicationRepository(db).find("acme-ba").orElseThrow());
        }
    }

    @Test
    void savingTheSameIdReplacesInsteadOfDuplicating() {
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repo = new ApplicationRepository(db);
            repo.save(rich("a"));
            Application changed = rich("a").withEvents(List.of(Event.of(EventType.CLOSED, LocalDate.of(2026, 12, 1))));
            repo.save(changed);
            assertEquals(List.of(changed), repo.findAll());
        }
    }

    @Test
    void deleteRemovesTheApplicationAndItsChildren() {
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repo = new ApplicationRepository(db);
            repo.saveAll(List.of(rich("a"), rich("b")));
            assertTrue(repo.delete("a"));
            assertFalse(repo.delete("a"));
            assertEquals(List.of("b"), repo.findAll().stream().map(Application::id).toList());
            int orphans = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM event WHERE application_id = 'a'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, orphans);
        }
    }

    @Test
    void aFailingBatchWritesNothing() {
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repo = new ApplicationRepository(db);
            repo.save(rich("kept"));
            // The schema caps company at 200 characters, so the second row fails inside the transaction.
            Application tooLong = Application.of("bad", "x".repeat(201), "Role");
            assertThrows(StoreException.class, () -> repo.saveAll(List.of(rich("new"), tooLong)));
            assertEquals(List.of("kept"), repo.findAll().stream().map(Application::id).toList());
        }
    }

    @Test
    void readOnlyOpeningNeverCreatesADatabase() {
        DatabasePath missing = backend.newDatabase(folder.resolve("nowhere"));
        StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(missing));
        assertEquals(StoreException.Kind.MISSING, e.kind());
        assertEquals(StoreException.Kind.MISSING, assertThrows(StoreException.class, () -> Database.openExisting(missing)).kind(),
                "the first refusal created nothing");
        assertFalse(Files.exists(missing.file()), "no file, and no local folder for a server either");
    }

    @Test
    void refusesADatabaseFromANewerNudge() throws Exception {
        try (Database db = Database.openOrCreate(path)) {
            db.read(c -> c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\","
                    + " \"version\", \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '" + (SchemaVersion.CURRENT + 1) + "', 'future', 'SQL', 'V9__future.sql', 'sa', 1, TRUE)"));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.openOrCreate(path));
        assertEquals(StoreException.Kind.TOO_NEW, e.kind());
    }
}
