package app.nudge.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Committed means on disk": a writer process is killed with SIGKILL at random moments; every event
 * it acknowledged after commit is there when the database is opened again.
 */
class CrashSafetyTest {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEventSurvivesAKill() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        Set<Integer> acknowledged = new HashSet<>();
        int next = 0;
        long budget = System.nanoTime() + Duration.ofSeconds(25).toNanos();
        int rounds = 0;
        while (rounds < 5 && System.nanoTime() < budget) {
            rounds++;
            int killAfter = 1 + random.nextInt(60);
            try (ChildJvm writer = ChildJvm.start(CrashWriter.class, path.base().toString(), String.valueOf(next))) {
                assertTrue(writer.awaitLine("ready", Duration.ofSeconds(20)), "the writer started: " + writer.stderr());
                int last = next - 1;
                for (int seen = 0; seen < killAfter; seen++) {
                    String line = writer.nextLine(Duration.ofSeconds(10));
                    assertNotNull(line, "the writer keeps acknowledging: " + writer.stderr());
                    last = Integer.parseInt(line.substring("ack ".length()));
                    acknowledged.add(last);
                }
                writer.kill();
                // Lines printed after our last read but before the kill were acknowledged too.
                for (String line = writer.nextLine(Duration.ofSeconds(2)); line != null; line = writer.nextLine(Duration.ofSeconds(2))) {
                    if (line.startsWith("ack ")) {
                        last = Integer.parseInt(line.substring("ack ".length()));
                        acknowledged.add(last);
                    }
                }
                next = last + 1;
            }
            try (Database db = Database.openOrCreate(path)) {
                Set<Integer> stored = new HashSet<>();
                for (Application app : new ApplicationRepository(db).findAll()) {
                    for (Event event : app.events()) {
                        stored.add(Integer.parseInt(event.note().substring("event ".length())));
                    }
                }
                for (int ack : acknowledged) {
                    assertTrue(stored.contains(ack), "event " + ack + " was acknowledged but is missing (seed " + seed + ")");
                }
                // At most the one event in flight at the kill may be there without an acknowledgement.
                assertTrue(stored.size() <= acknowledged.size() + 1, "seed " + seed);
                next = Math.max(next, stored.stream().mapToInt(i -> i + 1).max().orElse(0));
            }
        }
        assertTrue(rounds >= 2, "at least two kill rounds ran within the time budget");
        assertTrue(acknowledged.size() >= rounds, "events were written");
        assertEquals(acknowledged.size(), new HashSet<>(acknowledged).size());
    }
}
