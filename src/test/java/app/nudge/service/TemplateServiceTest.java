package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nudge.compose.TemplateCatalog;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Template overrides in a real database; a direct executor stands in for the database thread. */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class TemplateServiceTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository settings;
    private TemplateService service;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        db = backend.open(dir);
        settings = new SettingsRepository(db);
        service = new TemplateService(() -> new SettingsRepository(db), Runnable::run);
        service.onChange(changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void saveStoresUnderTheTemplateKeyAndResetEmptiesIt() {
        service.save("CLOSE_OUT", "Subject: Bye\n\nMine").join();
        assertEquals("Subject: Bye\n\nMine", settings.all().get("template.CLOSE_OUT"));
        assertEquals(Map.of("CLOSE_OUT", "Subject: Bye\n\nMine"), service.load().join());

        service.reset("CLOSE_OUT").join();
        assertEquals("", settings.all().get("template.CLOSE_OUT"));
        assertEquals(Map.of(), service.load().join());
        assertEquals(2, changes.get());
    }

    @Test
    void aTextEqualToTheDefaultIsNotAnOverride() {
        service.save("THANK_YOU", TemplateCatalog.defaultText("THANK_YOU")).join();

        assertEquals("", settings.all().get("template.THANK_YOU"));
        assertEquals(Map.of(), service.load().join());
    }

    @Test
    void refusedTextsAndUnknownIdsStoreNothingAndTellNoOne() {
        CompletionException noSubject = assertThrows(CompletionException.class,
                () -> service.save("THANK_YOU", "Thanks!").join());
        assertInstanceOf(IllegalArgumentException.class, noSubject.getCause());
        assertEquals("The first line must start with \"Subject:\", followed by the email's subject.",
                app.nudge.common.ErrorMessages.of(noSubject), "the user reads what to fix, not a generic line");
        assertThrows(CompletionException.class, () -> service.save("NOPE", "Subject: x\n\ny").join());
        assertThrows(CompletionException.class, () -> service.reset("NOPE").join());

        assertEquals(Map.of(), settings.all());
        assertEquals(0, changes.get());
    }
}
