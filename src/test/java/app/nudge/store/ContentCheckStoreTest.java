package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.CliRunner;
import app.nudge.demo.DemoData;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check values in the store: a row changed behind Nudge's back (plain SQL, as damage would) is
 * refused as damaged and the file kept; a version 2 database gets its checks when migrated and reads
 * back unchanged; a round's end keeps its nanoseconds.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ContentCheckStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    private static Application full() {
        return new Application("acme-1", "Acme", "Analyst", "US", DAY.minusDays(30), "https://acme.example/1", "Berlin",
                "referral", true, false, "notes",
                List.of(new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Hiring Manager", true)),
                List.of(new InterviewRound(LocalDateTime.of(2026, 11, 10, 10, 30), DAY, "billing", List.of("Pat Lee", "Kim"))),
                List.of(Event.thankYouSent(DAY.minusDays(9), "Pat Lee"), Event.followUp(DAY, Channel.PHONE).withNote("called"),
                        Event.skipped(DAY, ActionType.THANK_YOU)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE application SET company = 'Acne'",
        "UPDATE application SET applied_on = applied_on + 1",
        "UPDATE application SET may_call = FALSE",
        "UPDATE application SET content_check = NULL",
        "UPDATE application SET content_check = content_check + 1",
        "UPDATE contact SET email = 'pat@acme.exampl'",
        "UPDATE contact SET is_primary = FALSE",
        "UPDATE interview_round SET ended_at = ended_at + INTERVAL '1' SECOND",
        "UPDATE interview_round SET talking_point = ''",
        "UPDATE round_interviewer SET name = 'Kym' WHERE position = 1",
        "DELETE FROM round_interviewer WHERE position = 1",
        "UPDATE event SET note = 'emailed' WHERE position = 1",
        "UPDATE event SET recipient = NULL WHERE position = 0",
        "UPDATE event SET channel = 'EMAIL' WHERE position = 1",
        "DELETE FROM event WHERE position = 2",
        "INSERT INTO contact (application_id, position, name) VALUES ('acme-1', 1, 'Extra')",
        "UPDATE setting SET setting_value = 'Jane Do' WHERE setting_name = 'you.name'",
        "UPDATE setting SET content_check = NULL",
        "UPDATE setting SET setting_name = 'your.name' WHERE setting_name = 'you.name'",
    })
    void aRowChangedBehindNudgesBackIsRefusedAndTheFileKept(String edit) throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(full());
            new SettingsRepository(db).putAll(Map.of("you.name", "Jane Doe", "your.email", "jane@example.org"));
        }
        try (Connection c = DriverManager.getConnection(H2Files.url(path, true), "sa", "");
             Statement st = c.createStatement()) {
            assertTrue(st.executeUpdate(edit) > 0, "the edit changed a row: " + edit);
        }
        byte[] before = Files.readAllBytes(path.file());

        StoreException readOnly = assertThrows(StoreException.class, () -> Database.openReadOnly(path).close());
        assertEquals(StoreException.Kind.DAMAGED, readOnly.kind(), readOnly.getMessage());
        assertTrue(readOnly.getMessage().contains("nudge restore latest"), readOnly.getMessage());
        StoreException writable = assertThrows(StoreException.class, () -> Database.openOrCreate(path).close());
        assertEquals(StoreException.Kind.DAMAGED, writable.kind(), writable.getMessage());
        assertArrayEquals(before, Files.readAllBytes(path.file()), "a refused file keeps every byte");
    }

    @Test
    void theCommandLineRefusesAnEditedRowWithExitThreeInOneLine() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(full());
        }
        try (Connection c = DriverManager.getConnection(H2Files.url(path, true), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE contact SET name = 'Pat Lie'");
        }
        byte[] before = Files.readAllBytes(path.file());
        for (String command : List.of("export", "plan")) {
            CliRunner.Result result = new CliRunner().run(command, "--db", path.base().toString());
            assertEquals(3, result.exitCode(), result.err());
            assertEquals(1, result.err().strip().lines().count(), result.err());
            assertTrue(result.err().contains("damaged") && result.err().contains("nudge restore latest"), result.err());
            assertEquals("", result.out(), "nothing of the changed data is printed");
        }
        assertArrayEquals(before, Files.readAllBytes(path.file()));
    }

    @Test
    void aRoundEndKeepsItsNanosecondsAndItsCheck() {
        Application a = Application.of("n", "Acme", "Analyst").withInterviews(List.of(
                new InterviewRound(LocalDateTime.of(2026, 11, 10, 10, 30, 15, 123_456_789), null, "", List.of())));
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(a);
        }
        try (Database db = Database.openReadOnly(path)) {
            assertEquals(a, new ApplicationRepository(db).find("n").orElseThrow());
        }
    }

    /**
     * A database written by the Nudge of schema 2 (built with migrations V1 and V2 only, rows written
     * with plain SQL as that Nudge wrote them), with every kind of child row and a setting: the update
     * fills every check, keeps ended_at NOT NULL, and everything reads back as it was, also through
     * the full read-only check.
     */
    @Test
    void aVersionTwoDatabaseGetsItsChecksWhenMigratedAndReadsBackUnchanged() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.open(path, false, new Migrations("classpath:db/migration", 2))) {
            assertEquals(2, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO application (id, company, role, country, applied_on, url, location, source,"
                            + " may_call, known_delay, notes) VALUES ('acme-1', 'Acme', 'Analyst', 'US', DATE '2026-10-21',"
                            + " 'https://acme.example/1', 'Berlin', 'referral', TRUE, FALSE, 'notes')");
                    st.executeUpdate("INSERT INTO contact VALUES ('acme-1', 0, 'Pat Lee', 'pat@acme.example', '+1 555 0101',"
                            + " 'Hiring Manager', TRUE)");
                    st.executeUpdate("INSERT INTO interview_round VALUES ('acme-1', 0, TIMESTAMP '2026-11-10 10:30:00',"
                            + " DATE '2026-11-20', 'billing')");
                    st.executeUpdate("INSERT INTO round_interviewer VALUES ('acme-1', 0, 0, 'Pat Lee'), ('acme-1', 0, 1, 'Kim')");
                    st.executeUpdate("INSERT INTO event (application_id, position, type, on_date, channel, action, note,"
                            + " recipient) VALUES ('acme-1', 0, 'THANK_YOU_SENT', DATE '2026-11-11', NULL, NULL, '', 'Pat Lee'),"
                            + " ('acme-1', 1, 'FOLLOW_UP_SENT', DATE '2026-11-20', 'PHONE', NULL, 'called', NULL),"
                            + " ('acme-1', 2, 'SKIPPED', DATE '2026-11-20', NULL, 'THANK_YOU', '', NULL)");
                    st.executeUpdate("INSERT INTO application (id, company, role) VALUES ('bare', 'Initech', 'Engineer')");
                    st.executeUpdate("INSERT INTO setting VALUES ('you.name', 'Jane Doe'), ('empty', '')");
                }
                return null;
            });
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            assertEquals(List.of(full(), Application.of("bare", "Initech", "Engineer")), new ApplicationRepository(db).findAll());
            assertEquals(Map.of("you.name", "Jane Doe", "empty", ""), new SettingsRepository(db).all());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM application WHERE content_check IS NULL"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM setting WHERE content_check IS NULL"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'INTERVIEW_ROUND'"
                    + " AND COLUMN_NAME = 'ENDED_AT' AND IS_NULLABLE = 'NO' AND DATETIME_PRECISION = 9"));
        }
        assertEquals(1, new Backups(path).list().stream().filter(b -> b.kind() == Backups.Kind.PRE_MIGRATION).count());
        try (Database db = Database.openReadOnly(path)) {
            assertEquals(2, new ApplicationRepository(db).findAll().size());
        }
    }

    /**
     * Many applications of an older schema: 300 demo applications written by today's code, then the
     * file taken back to schema 2 (check and version columns dropped, ended_at back to TIMESTAMP, history rows
     * removed): after the update every one reads back exactly as written.
     */
    @Test
    void manyApplicationsOfAnOlderSchemaReadBackExactlyAfterTheUpdate() throws Exception {
        List<Application> demo = new DemoData(7, DAY).applications(300);
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(demo);
        }
        try (Connection c = DriverManager.getConnection(H2Files.url(path, true), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE application DROP COLUMN content_check");
            st.executeUpdate("ALTER TABLE setting DROP COLUMN content_check");
            st.executeUpdate("ALTER TABLE interview_round ALTER COLUMN ended_at SET DATA TYPE TIMESTAMP");
            // Back to schema 2 as a whole: version 4's and 6's columns and version 5's sequence go too (else the
            // file claims a later schema without 3's columns).
            st.executeUpdate("ALTER TABLE application DROP COLUMN version");
            st.executeUpdate("DROP SEQUENCE application_version");
            st.executeUpdate("ALTER TABLE application DROP COLUMN message_language"); // version 6's
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('3', '4', '5', '6')");
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            assertEquals(demo.stream().sorted(java.util.Comparator.comparing(Application::id)).toList(),
                    new ApplicationRepository(db).findAll());
        }
    }

    /**
     * The cost of the check on the load of 10,000 demo applications: the same load with and without
     * comparing checks, best of five each, printed. The check must stay a small part of a load.
     */
    @Test
    void checkingTenThousandApplicationsCostsLittle() {
        List<Application> demo = new DemoData(3, DAY).applications(10_000);
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            repository.saveAll(demo);
            long unchecked = Long.MAX_VALUE;
            long checked = Long.MAX_VALUE;
            long checksOnly = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                int read = db.read(c -> ApplicationRepository.loadStored(c, null).applications().size());
                long t1 = System.nanoTime();
                List<Application> all = repository.findAll();
                long t2 = System.nanoTime();
                long sum = 0;
                for (Application a : all) {
                    sum += ContentChecksum.of(a);
                }
                long t3 = System.nanoTime();
                assertEquals(10_000, read);
                assertEquals(10_000, all.size());
                assertTrue(sum != 1); // keeps the loop
                unchecked = Math.min(unchecked, t1 - t0);
                checked = Math.min(checked, t2 - t1);
                checksOnly = Math.min(checksOnly, t3 - t2);
            }
            System.out.printf("ContentCheckStoreTest: load of 10,000 applications %d ms without checks, %d ms with;"
                    + " computing the 10,000 checks alone %d ms%n", unchecked / 1_000_000, checked / 1_000_000,
                    checksOnly / 1_000_000);
            assertTrue(checksOnly < 1_000_000_000L, "10,000 checks in under a second (loose, for a shared machine)");
        }
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
