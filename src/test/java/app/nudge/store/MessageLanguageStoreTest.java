package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema version 6: each application keeps the language its drafts are written in, or none (the user's). */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class MessageLanguageStoreTest {

    /** H2 file or PostgreSQL schema: every test here runs on both (the older file only on H2). */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    /** As the Nudge of schema 5 stored it, with the check that Nudge computed (before the language existed). */
    private static Application storedBySchemaFive() {
        return new Application("acme-1", "Acme", "Analyst", "DE", LocalDate.of(2026, 10, 21),
                "https://acme.example/1", "Berlin", "referral", true, false, "notes",
                List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true)),
                List.of(new InterviewRound(LocalDateTime.of(2026, 11, 10, 10, 30), LocalDate.of(2026, 11, 20),
                        "billing", List.of("Pat Lee"))),
                List.of(Event.thankYouSent(LocalDate.of(2026, 11, 11), "Pat Lee")));
    }

    /** ContentChecksum.of(storedBySchemaFive()) as commit 5b63744 (schema 5) computed it. */
    private static final long CHECK_OF_SCHEMA_FIVE = 6985845836272885461L;

    @Test
    void aChosenLanguageAndTheDefaultBothReadBackAsWritten() {
        Application german = Application.of("acme", "Acme", "Analyst").withMessageLanguage(Optional.of(Language.DE));
        Application theUsers = Application.of("initech", "Initech", "Engineer");
        DatabasePath path = backend.newDatabase(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(List.of(german, theUsers));
        }
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            assertEquals(List.of(german, theUsers), repository.findAll());
            assertEquals(Optional.empty(), repository.find("initech").orElseThrow().messageLanguage());
            // Changed, and set back to the user's: the column holds NULL again, not the user's code.
            repository.save(german.withMessageLanguage(Optional.of(Language.NL)));
            repository.save(repository.find("initech").orElseThrow().withMessageLanguage(Optional.of(Language.FR)));
            repository.save(repository.find("initech").orElseThrow().withMessageLanguage(Optional.empty()));
        }
        try (Database db = Database.openOrCreate(path)) {
            List<Application> read = new ApplicationRepository(db).findAll();
            assertEquals(List.of(Optional.of(Language.NL), Optional.empty()),
                    read.stream().map(Application::messageLanguage).toList());
            assertEquals(Integer.valueOf(1), db.<Integer>read(c -> {
                try (Statement st = c.createStatement();
                     var rs = st.executeQuery("SELECT COUNT(*) FROM application WHERE message_language IS NULL")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    @Test
    void aSchemaFiveFileIsUpdatedAndItsApplicationsSpeakTheUsersLanguage() throws Exception {
        Assumptions.assumeTrue(backend == StoreBackend.H2, "an older file is an H2 file");
        DatabasePath path = backend.newDatabase(folder);
        try (Database db = Database.open(path, false, new Migrations("classpath:db/migration", 5))) {
            assertEquals(5, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO application (id, company, role, country, applied_on, url, location, source,"
                            + " may_call, known_delay, notes, content_check, version) VALUES ('acme-1', 'Acme', 'Analyst', 'DE',"
                            + " DATE '2026-10-21', 'https://acme.example/1', 'Berlin', 'referral', TRUE, FALSE, 'notes', "
                            + CHECK_OF_SCHEMA_FIVE + ", NEXT VALUE FOR application_version)");
                    st.executeUpdate("INSERT INTO contact VALUES ('acme-1', 0, 'Pat Lee', 'pat@acme.example', '',"
                            + " 'Hiring Manager', TRUE)");
                    st.executeUpdate("INSERT INTO interview_round VALUES ('acme-1', 0, TIMESTAMP '2026-11-10 10:30:00',"
                            + " DATE '2026-11-20', 'billing')");
                    st.executeUpdate("INSERT INTO round_interviewer VALUES ('acme-1', 0, 0, 'Pat Lee')");
                    st.executeUpdate("INSERT INTO event (application_id, position, type, on_date, note, recipient)"
                            + " VALUES ('acme-1', 0, 'THANK_YOU_SENT', DATE '2026-11-11', '', 'Pat Lee')");
                }
                return null;
            });
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            ApplicationRepository repository = new ApplicationRepository(db);
            // The check stored by schema 5 still matches: nothing was rewritten, nothing reads as damaged.
            Application read = repository.find("acme-1").orElseThrow();
            assertEquals(storedBySchemaFive(), read);
            assertEquals(Optional.empty(), read.messageLanguage());
            repository.save(read.withMessageLanguage(Optional.of(Language.DE)));
        }
        assertEquals(1, new Backups(path).list().stream().filter(b -> b.kind() == Backups.Kind.PRE_MIGRATION).count());
        try (Database db = Database.openReadOnly(path)) {
            assertEquals(Optional.of(Language.DE), new ApplicationRepository(db).find("acme-1").orElseThrow().messageLanguage());
        }
    }

    @Test
    void aLanguageThisNudgeDoesNotKnowIsRefusedNamingIt() throws Exception {
        Assumptions.assumeTrue(backend == StoreBackend.H2, "the row is changed behind Nudge's back through the file");
        DatabasePath path = backend.newDatabase(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("acme", "Acme", "Analyst"));
        }
        try (Connection c = DriverManager.getConnection(H2Files.url(path, true), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE application SET message_language = 'it'");
        }
        // Opening reads every application (its check too): refused there, as damage, naming the value.
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Database db = Database.openOrCreate(path)) {
                new ApplicationRepository(db).findAll();
            }
        });
        assertTrue(e.getMessage().contains("message language 'it'"), e.getMessage());
    }
}
