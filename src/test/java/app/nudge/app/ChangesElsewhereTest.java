package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.store.DatabasePath;
import app.nudge.store.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one schema, each wired as the app is: a change recorded on one is in the other's
 * plan within two seconds, and the other re-planned that application alone (the others' planned
 * objects are the very ones of its plan before; a whole plan reads them all again).
 */
@Timeout(90)
class ChangesElsewhereTest {

    @TempDir
    Path folder;

    @Test
    void aChangeOnOneDesktopIsPlannedOnTheOtherWithinTwoSecondsForThatApplicationAlone() throws Exception {
        String schema = "t_else_" + Long.toHexString(System.nanoTime());
        try (ServerDesktop a = new ServerDesktop(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("a"))).started()) {
            a.services.applications().save(Application.of("acme", "Acme Corp", "Engineer")).get(30, TimeUnit.SECONDS);
            a.services.applications().save(Application.of("zeta", "Zeta Inc", "Analyst")).get(30, TimeUnit.SECONDS);
            try (ServerDesktop b = new ServerDesktop(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("b"))).started()) {
                PlanSnapshot before = b.latest();
                assertEquals(2, before.applications().size(), "b planned what a had stored");

                long start = System.nanoTime();
                a.services.applications().recordEvent("acme", Event.of(EventType.FOLLOW_UP_SENT, LocalDate.now()))
                        .get(30, TimeUnit.SECONDS);
                PlanSnapshot after = b.awaitPlan(Duration.ofSeconds(2), plan -> find(plan, "acme")
                        .map(acme -> acme.events().size() == 1).orElse(false));
                assertNotNull(after, "b's plan shows a's change within 2 s");
                System.out.printf("b re-planned a's change after %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertSame(find(before, "zeta").orElseThrow(), find(after, "zeta").orElseThrow(),
                        "b re-read acme alone: zeta is the application of its plan before, not read again");

                // Settings changed elsewhere change every action: b plans everything again.
                Application zetaAfter = find(after, "zeta").orElseThrow();
                a.services.settings().save(Map.of("you.name", "Jane Doe")).get(30, TimeUnit.SECONDS);
                assertNotNull(b.awaitPlan(Duration.ofSeconds(2), plan -> find(plan, "zeta").orElseThrow() != zetaAfter),
                        "b planned everything again after a's settings change");
            }
        }
    }

    private static Optional<Application> find(PlanSnapshot plan, String id) {
        return plan.applications().stream().filter(app -> app.id().equals(id)).findFirst();
    }
}
