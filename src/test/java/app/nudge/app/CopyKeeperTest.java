package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.exchange.ServerCopy;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * This computer's copy of a search on a server follows the changes saved while the app runs (one
 * write for a burst of them), not only the opening and the closing; a file has no copy.
 */
@Timeout(60)
class CopyKeeperTest {

    @TempDir
    Path folder;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final java.util.concurrent.ExecutorService databaseThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        timer.shutdownNow();
        databaseThread.shutdown();
        assertTrue(databaseThread.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static List<String> idsInCopy(DatabasePath server) {
        return new ServerCopy(server, country -> true).read().orElseThrow().document().applications().stream()
                .map(Application::id).sorted().toList();
    }

    /** Waits for the jobs queued on the database thread until now. */
    private void drain() throws Exception {
        databaseThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSavedChangeIsInTheCopyAfterTheDelayAndABurstCostsOneWrite() throws Exception {
        DatabasePath server = TestServer.freshDatabase(folder);
        try (Database db = Database.openOrCreate(server)) {
            ApplicationRepository applications = new ApplicationRepository(db);
            applications.save(Application.of("acme", "Acme Corp", "Analyst"));
            AfterOpen.keepCopy(db); // as the app does after opening
            assertEquals(List.of("acme"), idsInCopy(server));

            CopyKeeper keeper = new CopyKeeper(timer, databaseThread, () -> db, Duration.ofMillis(300));
            applications.save(Application.of("globex", "Globex", "Lead"));
            keeper.changed();
            applications.save(Application.of("initech", "Initech", "Tester"));
            keeper.changed(); // the same write takes both
            assertEquals(List.of("acme"), idsInCopy(server), "not written at once: a burst of changes costs one write");
            org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> idsInCopy(server).equals(List.of("acme", "globex", "initech")));

            applications.delete("acme");
            keeper.changed(); // a change after the write asks for another one
            org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> idsInCopy(server).equals(List.of("globex", "initech")));

            applications.save(Application.of("hooli", "Hooli", "Engineer"));
            keeper.changed();
            keeper.close(); // closing: the pending write is dropped (the session writes the copy as it closes)
            timer.schedule(() -> { }, 600, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
            drain();
            assertEquals(List.of("globex", "initech"), idsInCopy(server), "no write after close");
        }
    }

    @Test
    void aFileHasNoCopy() throws Exception {
        DatabasePath file = new DatabasePath(folder.resolve("data").resolve("nudge"));
        try (Database db = Database.openOrCreate(file)) {
            new ApplicationRepository(db).save(Application.of("acme", "Acme Corp", "Analyst"));
            CopyKeeper keeper = new CopyKeeper(timer, databaseThread, () -> db, Duration.ofMillis(50));
            keeper.changed();
            timer.schedule(() -> { }, 200, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
            drain();
            assertFalse(Files.exists(file.folder().resolve(ServerCopy.FILE)));
        }
    }
}
