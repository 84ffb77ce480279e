package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.RestartableServer;
import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import app.nudge.ui.log.FormField;
import app.nudge.ui.log.LogInterviewViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away in the middle of a session, on a server of the test's own: the window says
 * so and keeps its plan, a save is refused with one line and kept nowhere half-done, and when the
 * server is back the desktop reconnects by itself and hears the others again. A crash during a
 * large save leaves all of it or none, and everything acknowledged before.
 */
@Timeout(180)
class ServerAwayTest {

    @RegisterExtension
    static final RestartableServer server = RestartableServer.forTheClass();

    @TempDir
    Path folder;

    @Test
    void theServerStoppedAndStartedAgainMidSession() throws Exception {
        ServerAddress address = server.freshSchema("t_away");
        try (ServerDesktop a = new ServerDesktop(DatabasePath.onServer(address, folder.resolve("a"))).started()) {
            a.services.applications().save(Application.of("acme", "Acme Corp", "Engineer")).get(30, TimeUnit.SECONDS);
            a.idle();
            PlanSnapshot shownBefore = a.latest();
            assertEquals(List.of("acme"), ids(shownBefore));

            server.stop();
            assertTrue(a.awaitShown("away 127.0.0.1", Duration.ofSeconds(10)), "the desktop says the server is away");
            Application beta = Application.of("beta", "Beta GmbH", "Analyst");
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> a.services.applications().save(beta).get(30, TimeUnit.SECONDS));
            StoreException problem = (StoreException) ErrorMessages.unwrap(refused);
            assertEquals(StoreException.Kind.OFFLINE, problem.kind());
            String line = ErrorMessages.of(refused);
            assertEquals("The server 127.0.0.1:" + address.port() + " cannot be reached; nothing was changed. Try again once"
                    + " it is back.", line);
            // The log-interview form keeps what was typed and says why: the change is offered again.
            LogInterviewViewModel form = new LogInterviewViewModel(a.services.applications(), Clock.systemDefaultZone(),
                    Runnable::run, Optional.empty(), List.of());
            form.companyProperty().set("Delta AG");
            form.roleProperty().set("Tester");
            org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> form.save().get(30, TimeUnit.SECONDS));
            assertEquals("Could not save: " + line, form.errorProperty(FormField.FORM).get());
            assertEquals("Delta AG", form.companyProperty().get());
            assertEquals("Tester", form.roleProperty().get());
            a.idle();
            assertEquals(List.of("acme"), ids(a.latest()), "the plan shown stays the last one");

            server.start();
            long start = System.nanoTime();
            assertTrue(a.awaitShown("back 127.0.0.1", Duration.ofSeconds(10)), "the desktop reconnects by itself");
            System.out.printf("reconnected %d ms after the server started%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertEquals(List.of("away 127.0.0.1", "back 127.0.0.1"), List.copyOf(a.shown));

            // The refused change, offered again, is saved now; a change from another connection is heard.
            a.services.applications().save(beta).get(30, TimeUnit.SECONDS);
            String delta = form.save().get(30, TimeUnit.SECONDS).id();
            try (Database other = Database.openOrCreate(DatabasePath.onServer(address, folder.resolve("other")))) {
                new ApplicationRepository(other).save(Application.of("gamma", "Gamma SA", "Lead"));
            }
            assertNotNull(a.awaitPlan(Duration.ofSeconds(2), plan -> ids(plan).equals(List.of("acme", "beta", delta, "gamma"))),
                    "after reconnecting, the desktop plans its own change and hears another's");
        }
    }

    @Test
    void aCrashDuringALargeSaveLeavesAllOrNothingAndEverythingAcknowledged() throws Exception {
        ServerAddress address = server.freshSchema("t_crash");
        try (ServerDesktop a = new ServerDesktop(DatabasePath.onServer(address, folder.resolve("a"))).started()) {
            Application acme = Application.of("acme", "Acme Corp", "Engineer")
                    .withEvents(List.of(Event.of(EventType.FOLLOW_UP_SENT, LocalDate.of(2026, 11, 2))));
            a.services.applications().save(acme).get(30, TimeUnit.SECONDS);
            List<Application> large = IntStream.range(0, 5_000).mapToObj(i -> Application.of("bulk-" + i, "Company " + i, "Role")
                    .withEvents(IntStream.range(0, 5).mapToObj(d -> Event.of(EventType.FOLLOW_UP_SENT, LocalDate.of(2026, 1, 1 + d)))
                            .toList())).toList();

            a.idle();
            a.latest(); // what was planned so far: the plan after reconnecting is awaited below
            CompletableFuture<List<Application>> saving = a.services.applications().saveAll("import", large);
            try (Database watcher = Database.openOrCreate(DatabasePath.onServer(address, folder.resolve("watcher")))) {
                awaitWriting(watcher, Duration.ofSeconds(60));
            }
            server.crash();
            try {
                saving.get(60, TimeUnit.SECONDS);
                fail("the save finished before the crash: nothing was tested");
            } catch (ExecutionException e) {
                assertEquals(StoreException.Kind.OFFLINE, ((StoreException) ErrorMessages.unwrap(e)).kind(), ErrorMessages.of(e));
            }

            server.start();
            assertTrue(a.awaitShown("back 127.0.0.1", Duration.ofSeconds(10)), "the desktop reconnects by itself");
            try (Database after = Database.openOrCreate(DatabasePath.onServer(address, folder.resolve("after")))) {
                List<Application> stored = new ApplicationRepository(after).findAll();
                assertEquals(List.of(acme), stored, "the acknowledged change is there and nothing of the unacknowledged one");
            }
            assertNotNull(a.awaitPlan(Duration.ofSeconds(10), plan -> ids(plan).equals(List.of("acme"))),
                    "the desktop plans again after reconnecting, from what is stored");
        }
    }

    /** Whether another connection holds a write lock on the schema's application table (a write under way). */
    private static boolean writing(Database watcher) {
        return watcher.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_locks l JOIN pg_class t ON t.oid = l.relation"
                    + " WHERE t.relname = 'event' AND t.relnamespace = current_schema()::regnamespace"
                    + " AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static List<String> ids(PlanSnapshot plan) {
        return plan.applications().stream().map(Application::id).toList();
    }

    /** Asks the server again and again (each question is a round trip, no pause) until the save is under way. */
    private static void awaitWriting(Database watcher, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!writing(watcher)) {
            if (System.nanoTime() > end) {
                fail("the large save never started writing within " + limit);
            }
        }
    }
}
