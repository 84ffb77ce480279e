package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.exchange.ServerCopy;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ImportTransaction;
import app.nudge.store.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeping this computer's copy of a search on the server costs at 10,000 applications of 10
 * events (written on the database thread after opening and at close), and what building the
 * stand-in from it costs at a start while the server is away. Printed for the README; the bounds
 * are loose (a shared 2-core machine), there to catch a copy that grew out of all proportion.
 */
@Timeout(300)
class ServerCopyMeasureTest {

    @TempDir
    Path folder;

    @Test
    void keepingAndShowingTheCopyOfTenThousandApplications() throws Exception {
        DatabasePath path = DatabasePath.onServer(TestServer.freshSchema(), folder);
        List<Application> many = IntStream.range(0, 10_000).mapToObj(i -> Application.of("app-" + i, "Company " + i, "Role")
                .withEvents(IntStream.range(0, 10).mapToObj(d -> Event.of(EventType.FOLLOW_UP_SENT, LocalDate.of(2026, 1, 1 + d)))
                        .toList())).toList();
        try (Database db = Database.openOrCreate(path)) {
            new ImportTransaction(db).store(null, many);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                AfterOpen.keepCopy(db);
                best = Math.min(best, System.nanoTime() - start);
            }
            Path copy = path.folder().resolve(ServerCopy.FILE);
            System.out.printf("copy of 10,000 applications x 10 events: %d ms (best of 3), %d KB%n",
                    best / 1_000_000, Files.size(copy) / 1024);
            assertTrue(best < 20_000_000_000L, "the copy took " + best / 1_000_000 + " ms");
        }
        long start = System.nanoTime();
        new ServerCopy(path, c -> true).read();
        System.out.printf("reading the copy: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        ServerCopy.StandIn standIn = new ServerCopy(path, c -> true).openStandIn("refused").orElseThrow();
        try (Database db = standIn.database()) {
            long took = System.nanoTime() - start;
            System.out.printf("stand-in from the copy: %d ms%n", took / 1_000_000);
            assertEquals(10_000, new ApplicationRepository(db).count());
        }
    }
}
