package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import app.nudge.policy.Preset;
import app.nudge.settings.UserSettings;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed settings through the service, against a real database (the database "thread" runs directly). */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class SettingsServiceTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository repository;
    private SettingsService service;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        db = backend.open(dir);
        repository = new SettingsRepository(db);
        service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
        service.onChange(changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void badStoredValuesLoadAsDefaultsInsteadOfFailing() {
        repository.putAll(Map.of("yourName", "Jane", "theme", "neon", "preset", "EAGER", "customIntervals", "1,2"));
        UserSettings read = service.load().join();
        assertEquals("Jane", read.yourName());
        assertEquals(ThemeChoice.LIGHT, read.theme());
        assertEquals(Preset.STANDARD, read.preset());
        assertTrue(read.customIntervals().isEmpty());
        assertEquals("neon", repository.all().get("theme"), "reading changes nothing stored");
    }

    @Test
    void anUpdateChangesOnlyWhatItChangesAndTellsTheListeners() {
        repository.putAll(Map.of("yourEmail", "jane@example.org", "theme", "dark", "customIntervals", "1,3,5,9,5,9,false"));

        UserSettings stored = service.update(s -> s.withWelcomeDone(true)).join();

        assertTrue(stored.welcomeDone());
        assertEquals("true", repository.all().get("welcomeDone"));
        assertEquals("jane@example.org", repository.all().get("yourEmail"));
        assertEquals("dark", repository.all().get("theme"));
        assertEquals("1,3,5,9,5,9,false", repository.all().get("customIntervals"));
        assertEquals(1, changes.get());
    }
}
