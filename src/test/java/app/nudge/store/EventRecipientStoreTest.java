package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema version 2: a thank-you keeps the interviewer it was for (R4 after a panel). */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class EventRecipientStoreTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    @Test
    void aThankYouKeepsItsRecipientAndOthersHaveNone() {
        LocalDate on = LocalDate.of(2026, 11, 17);
        List<Event> events = List.of(Event.thankYouSent(on, "Pat Lee"), Event.thankYouSkipped(on, "Sam Roe"),
                Event.thankYouSent(on, null), Event.skipped(on, ActionType.FOLLOW_UP).withNote("later"));
        DatabasePath path = backend.newDatabase(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("acme", "Acme", "Analyst").withEvents(events));
        }
        try (Database db = Database.openOrCreate(path)) {
            List<Event> read = new ApplicationRepository(db).find("acme").orElseThrow().events();
            assertEquals(events, read);
            assertEquals(java.util.Arrays.asList("Pat Lee", "Sam Roe", null, null),
                    read.stream().map(Event::recipient).toList());
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
        }
    }

    @Test
    void aVersionOneDatabaseIsUpgradedKeepingEveryEventAsForEveryone() {
        // An old file's migration: no schema on a server was ever written by a Nudge before version 4.
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.H2, "files of older Nudges are H2 files");
        DatabasePath path = backend.newDatabase(folder);
        LocalDate on = LocalDate.of(2026, 11, 17);
        Application old = Application.of("acme", "Acme", "Analyst")
                .withEvents(List.of(Event.thankYouSent(on, null), Event.skipped(on, ActionType.FOLLOW_UP)));
        try (Database db = Database.open(path, false, new Migrations("classpath:db/version-1", 1))) {
            db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO application (id, company, role) VALUES ('acme', 'Acme', 'Analyst')");
                c.createStatement().executeUpdate("INSERT INTO event (application_id, position, type, on_date, action)"
                        + " VALUES ('acme', 0, 'THANK_YOU_SENT', DATE '2026-11-17', NULL),"
                        + " ('acme', 1, 'SKIPPED', DATE '2026-11-17', 'FOLLOW_UP')");
                return null;
            });
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            assertEquals(old, new ApplicationRepository(db).find("acme").orElseThrow());
        }
    }
}
