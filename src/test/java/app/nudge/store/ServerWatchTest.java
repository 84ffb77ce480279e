package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two opens of one schema, as two desktops: what one commits, the other's watch hears within two
 * seconds, naming the changed applications; its own changes, and changes rolled back, it never hears.
 */
@Timeout(60)
class ServerWatchTest {

    @TempDir
    Path folder;

    /** What a watch heard, in order: "ids:[...]", "everything", "away", "back". */
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    /** The notices {@link #awaitListening} sends, kept apart from what the tests count. */
    private final BlockingQueue<String> probes = new LinkedBlockingQueue<>();

    private final ServerWatch.Listener recorder = new ServerWatch.Listener() {
        @Override
        public void changed(Set<String> ids) {
            (ids.equals(Set.of("probe")) ? probes : heard).add("ids:" + new java.util.TreeSet<>(ids));
        }

        @Override
        public void changedEverything() {
            heard.add("everything");
        }

        @Override
        public void away() {
            heard.add("away");
        }

        @Override
        public void back() {
            heard.add("back");
        }

        @Override
        public void listening() {
            probes.add("listening");
        }
    };

    @Test
    void theOtherDesktopHearsWhichApplicationsChangedNotItsOwnNorRolledBackOnes() throws Exception {
        String schema = "t_watch_" + Long.toHexString(System.nanoTime());
        try (Database a = Database.openOrCreate(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("a")));
             Database b = Database.openOrCreate(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("b")));
             ServerWatch watch = ServerWatch.start(b, recorder)) {
            awaitListening(a);

            new ApplicationRepository(b).save(Application.of("own", "Own Ltd", "Engineer")); // b's own: not heard
            String tooLong = "x".repeat(600); // longer than the id column: the server refuses, nothing commits
            assertThrows(StoreException.class, () -> new ApplicationRepository(a).save(Application.of(tooLong, "Big", "Role")));
            assertThrows(StoreException.class, () -> a.inTransaction(c -> { // announced, then rolled back
                ServerChanges.applications(a, c, List.of("rolled-back"));
                throw new java.sql.SQLException("refused", "22001");
            }));
            long start = System.nanoTime();
            new ApplicationRepository(a).save(Application.of("acme", "Acme Corp", "Engineer"));
            assertEquals("ids:[acme]", heard.poll(2, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));

            new ApplicationRepository(a).storeAndDelete(List.of(Application.of("zeta", "Zeta", "Role")), List.of("acme"));
            assertEquals("ids:[acme, zeta]", heard.poll(2, TimeUnit.SECONDS));
            new ApplicationRepository(a).delete("zeta");
            assertEquals("ids:[zeta]", heard.poll(2, TimeUnit.SECONDS));
            new SettingsRepository(a).putAll(Map.of("you.name", "Jane"));
            assertEquals("everything", heard.poll(2, TimeUnit.SECONDS));
            assertEquals(List.of(), List.copyOf(heard), "nothing else was heard (no own change, no rolled-back one)");
        }
    }

    @Test
    void aChangeTooLargeToNameIsHeardAsEverything() throws Exception {
        String schema = "t_watch_" + Long.toHexString(System.nanoTime());
        try (Database a = Database.openOrCreate(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("a")));
             Database b = Database.openOrCreate(DatabasePath.onServer(TestServer.schema(schema), folder.resolve("b")));
             ServerWatch watch = ServerWatch.start(b, recorder)) {
            awaitListening(a);
            new ApplicationRepository(a).saveAll(IntStream.range(0, 400)
                    .mapToObj(i -> Application.of("a-rather-long-application-id-" + i, "Company " + i, "Role")).toList());
            assertEquals("everything", heard.poll(2, TimeUnit.SECONDS));
        }
    }

    @Test
    void payloadsReadBackAsWritten() {
        Set<String> ids = Set.of("acme engineer", "zoë/weiß", "*", "!all", "a%20b");
        ServerChanges.Notice read = ServerChanges.parse(ServerChanges.payload("s1", ids));
        assertEquals(new ServerChanges.Notice("s1", false, ids), read);
        assertTrue(ServerChanges.parse("s1 !all").all());
        assertTrue(ServerChanges.parse("garbage").all(), "a payload that is not ours plans everything");
        String longIds = ServerChanges.payload("s1", List.of("a".repeat(6990), "\u00e9".repeat(500)));
        assertEquals("s1 !all", longIds, "an id that would pass the limit turns the notice into everything");
        String channel = ServerChanges.channel(ServerAddress.parse("postgresql://u@h/d?schema=" + "s".repeat(63)));
        assertTrue(channel.length() <= 63, channel);
        assertNotNull(channel);
    }

    /** The watch's LISTEN is in place once a notice sent from {@code a} reaches it (LISTEN runs on its thread). */
    private void awaitListening(Database a) throws Exception {
        String marker = "ids:[probe]";
        for (int i = 0; i < 100; i++) {
            a.inTransaction(c -> {
                ServerChanges.applications(a, c, List.of("probe"));
                return null;
            });
            String got;
            while ((got = probes.poll(100, TimeUnit.MILLISECONDS)) != null) {
                if (marker.equals(got)) {
                    return;
                }
            }
        }
        throw new AssertionError("the watch never started listening");
    }
}
