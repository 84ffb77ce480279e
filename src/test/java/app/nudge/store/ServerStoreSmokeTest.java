package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServerStoreSmokeTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void anApplicationAndSettingsComeBackAsStored(StoreBackend backend) {
        DatabasePath path = backend.newDatabase(folder);
        Application acme = Application.of("acme", "Acme Corp", "Engineer").withCountry("DE")
                .withContacts(List.of(new Contact("Zoë Weiß", "zoe@acme.example", "", "Recruiter", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 2, 14, 0, 0, 123_456_789),
                        LocalDate.of(2026, 11, 9), "Kafka", List.of("Jürgen"))))
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 2))));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(acme);
            new SettingsRepository(db).putAll(Map.of("you.name", "Jane"));
            new SettingsRepository(db).putAll(Map.of("you.name", "Jane Doe"));
        }
        try (Database db = Database.openExisting(path)) {
            assertEquals(List.of(acme), new ApplicationRepository(db).findAll());
            assertEquals("Jane Doe", new SettingsRepository(db).get("you.name").orElseThrow());
        }
    }

    @Test
    void aMissingSchemaIsRefusedByACommandThatReads() {
        DatabasePath path = TestServer.freshDatabase(folder);
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> Database.openReadOnly(path));
        assertEquals(StoreException.Kind.MISSING, e.kind());
    }
}
