package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StaleApplicationException;
import app.nudge.store.StoreBackend;
import app.nudge.store.TwoDesktops;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one PostgreSQL schema, each on its own thread and connection, recording events
 * on the same application as fast as they can: no acknowledged change is lost, every write raises
 * the version by exactly one, and each desktop sees the version only grow.
 */
class ConcurrentDesktopsTest {

    private static final int ROUNDS = 50;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    /** What one desktop did: its versions read after each of its writes, and how often it was told to try again. */
    private record Run(List<Long> versions, int refusals) {
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fiftyRoundsOnEachOfTwoConnectionsLoseNothing() throws Exception {
        try (TwoDesktops desktops = TwoDesktops.open(StoreBackend.POSTGRESQL, folder)) {
            new ApplicationRepository(desktops.first()).save(Application.of("acme", "Acme Corp", "Analyst"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Run> a = threads.submit(() -> desktop(desktops.first(), "A", start));
                Future<Run> b = threads.submit(() -> desktop(desktops.second(), "B", start));
                start.countDown();
                Run runA = a.get(150, TimeUnit.SECONDS);
                Run runB = b.get(150, TimeUnit.SECONDS);

                Application stored = new ApplicationRepository(desktops.first()).find("acme").orElseThrow();
                assertEquals(2 * ROUNDS, stored.events().size(), "every acknowledged event is stored");
                assertEquals(notes("A"), stored.events().stream().map(Event::note).filter(n -> n.startsWith("A")).toList());
                assertEquals(notes("B"), stored.events().stream().map(Event::note).filter(n -> n.startsWith("B")).toList());
                assertEquals(1 + 2 * ROUNDS, version(desktops.first()), "each write raised the version by exactly one");
                for (Run run : List.of(runA, runB)) {
                    for (int i = 1; i < run.versions().size(); i++) {
                        assertTrue(run.versions().get(i) > run.versions().get(i - 1), "versions " + run.versions());
                    }
                }
                System.out.println("Told to try again: A " + runA.refusals() + ", B " + runB.refusals() + " times");
            } finally {
                threads.shutdown();
                assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
            }
        }
    }

    /**
     * Both desktops log interviews at the same company and role at once: each new application takes
     * an id free at that moment, and when the other desktop took the same id in between (a row
     * inserted after our check found none) the save is made again with the next free id.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void newApplicationsLoggedAtOnceOnTwoConnectionsAllGetTheirOwnId() throws Exception {
        int each = 15;
        try (TwoDesktops desktops = TwoDesktops.open(StoreBackend.POSTGRESQL, folder)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<String>>> runs = new ArrayList<>();
                for (Database db : List.of(desktops.first(), desktops.second())) {
                    runs.add(threads.submit(() -> {
                        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(db), Runnable::run);
                        List<String> ids = new ArrayList<>();
                        start.await();
                        InterviewLog log = new InterviewLog("Acme Corp", "Analyst", new InterviewRound(
                                LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of()), List.of(), false, false, "");
                        while (ids.size() < each) {
                            try {
                                ids.add(service.logInterview(log).join().id());
                            } catch (CompletionException e) { // refused twice in a row: the user is told to try again
                                if (!(ErrorMessages.unwrap(e) instanceof StaleApplicationException)) {
                                    throw e;
                                }
                            }
                        }
                        return ids;
                    }));
                }
                start.countDown();
                List<String> ids = new ArrayList<>(runs.get(0).get(150, TimeUnit.SECONDS));
                ids.addAll(runs.get(1).get(150, TimeUnit.SECONDS));
                assertEquals(2 * each, new java.util.HashSet<>(ids).size(), "every save got its own id: " + ids);
                assertEquals(2 * each, new ApplicationRepository(desktops.first()).count());
            } finally {
                threads.shutdown();
                assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
            }
        }
    }

    /**
     * One desktop's thread: records its rounds one by one; a save refused twice in a row (the other
     * desktop kept writing) is tried again, as the user told "try again" would.
     */
    private static Run desktop(Database db, String name, CountDownLatch start) throws InterruptedException {
        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(db), Runnable::run);
        List<Long> versions = new ArrayList<>();
        int refusals = 0;
        start.await();
        for (int i = 0; i < ROUNDS; i++) {
            Event event = new Event(EventType.FOLLOW_UP_SENT, DAY, Channel.EMAIL, null, null, null, null, name + "-" + i, null);
            while (true) {
                try {
                    service.recordEvent("acme", event).join();
                    break;
                } catch (CompletionException e) {
                    if (!(ErrorMessages.unwrap(e) instanceof StaleApplicationException)) {
                        throw e;
                    }
                    refusals++;
                }
            }
            versions.add(version(db));
        }
        return new Run(versions, refusals);
    }

    private static List<String> notes(String name) {
        return java.util.stream.IntStream.range(0, ROUNDS).mapToObj(i -> name + "-" + i).toList();
    }

    private static long version(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM application WHERE id = 'acme'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
