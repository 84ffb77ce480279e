package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The service checks the same rules as import before anything reaches the database. */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ApplicationServiceValidationTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    @Test
    void anInvalidChangeIsRefusedAndNothingIsStored() {
        try (Database db = backend.open(folder)) {
            ApplicationService service = new ApplicationService(() -> new ApplicationRepository(db), Runnable::run);
            service.save(Application.of("a", "Acme", "Analyst")).join();
            LocalDate day = LocalDate.of(2026, 11, 24);
            CompletionException e = assertThrows(CompletionException.class,
                    () -> service.recordEvent("a", Event.checkBack(day, day.minusDays(1))).join());
            assertInstanceOf(InvalidApplicationException.class, e.getCause());
            assertEquals(0, new ApplicationRepository(db).find("a").orElseThrow().events().size());
            assertThrows(CompletionException.class, () -> service.save(Application.of("b", "C".repeat(201), "R")).join());
            assertEquals(1, new ApplicationRepository(db).count());
        }
    }
}
