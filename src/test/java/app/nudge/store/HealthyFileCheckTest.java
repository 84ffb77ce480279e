package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks before an open never refuse a healthy file: files of many sizes, written by saves,
 * changes and deletes (with H2 reusing freed space, as a long-running app does), each checked as a
 * kill -9 would leave it (a copy taken while the database is open) and after a clean close. Each
 * must open read-only with exactly the applications committed so far, and keep every byte. None may
 * be refused: with H2 2.5.252 reusing freed space, 29 to 33 of the 60 files left by a kill were
 * (the file header is not rewritten when a chunk goes into reused space, and after a kill H2 settled
 * on an older chunk, dropping complete newer ones); the file is append-only since
 * ({@link StoreCompaction} says why), so every committed chunk stays where H2 finds it.
 */
class HealthyFileCheckTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void healthyFilesPassAfterACleanCloseAndAsAKillWouldLeaveThem() throws Exception {
        List<Application> pool = new DemoData(11, LocalDate.of(2026, 11, 20)).applications(500);
        Random random = new Random(2026);
        Map<String, Boolean> stored = new TreeMap<>();
        DatabasePath path = TempDatabase.in(folder);
        Database db = Database.openOrCreate(path);
        int abandoned = 0;
        int h2WouldLoseData = 0;
        int closed = 0;
        int next = 0;
        try {
            for (int round = 0; round < 60; round++) {
                if (round == 20) {
                    reuseFreedSpaceAtOnce(db); // freed chunks at once (H2 waits 45 s): with space reused, new chunks went into them
                }
                int changes = 1 + random.nextInt(round < 10 ? 3 : 30);
                for (int i = 0; i < changes; i++) {
                    next = change(db, pool, stored, random, next);
                }
                Path copy = folder.resolve("abandoned-" + round + DatabasePath.H2_EXTENSION);
                Files.copy(path.file(), copy);
                if (opensOrIsRefusedOnlyWhenH2WouldLoseData(new DatabasePath(folder.resolve("abandoned-" + round)), stored)) {
                    abandoned++;
                } else {
                    h2WouldLoseData++;
                }
                if (round % 7 == 6) {
                    db.close();
                    assertOpensWithEveryByteKept(path, stored);
                    closed++;
                    db = Database.openOrCreate(path);
                    if (round > 20) {
                        reuseFreedSpaceAtOnce(db);
                    }
                }
            }
        } finally {
            db.close();
        }
        System.out.println("HealthyFileCheckTest: " + (abandoned + closed) + " healthy files passed (" + abandoned
                + " as a kill left them, " + closed + " closed cleanly; " + Files.size(path.file()) / 1024
                + " KB at the end); " + h2WouldLoseData + " left by a kill were refused because H2 itself would open"
                + " them without their last committed changes");
        assertEquals(0, h2WouldLoseData, "no file a kill left opens older or is refused");
    }

    private static int change(Database db, List<Application> pool, Map<String, Boolean> stored, Random random, int next) {
        ApplicationRepository repository = new ApplicationRepository(db);
        int what = random.nextInt(10);
        if (what < 6 && next < pool.size()) {
            Application a = pool.get(next);
            repository.save(a);
            stored.put(a.id(), a.mayCall());
            return next + 1;
        }
        if (stored.isEmpty()) {
            return next;
        }
        String id = new ArrayList<>(stored.keySet()).get(random.nextInt(stored.size()));
        if (what < 8) {
            Application a = repository.find(id).orElseThrow();
            repository.save(a.withFlags(!a.mayCall(), a.knownDelay()));
            stored.put(id, !a.mayCall());
        } else {
            assertTrue(repository.delete(id));
            stored.remove(id);
        }
        return next;
    }

    private static void reuseFreedSpaceAtOnce(Database db) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            st.execute("SET RETENTION_TIME 0");
        }
    }

    private static void assertOpensWithEveryByteKept(DatabasePath path, Map<String, Boolean> committed) throws IOException {
        byte[] before = Files.readAllBytes(path.file());
        try (Database db = Database.openReadOnly(path)) {
            assertEquals(committed, flags(db.connection()), "every committed application as committed, no more");
        }
        assertArrayEquals(before, Files.readAllBytes(path.file()), "a read-only open keeps every byte");
    }

    /**
     * A file as a kill left it: opened with every committed application, or refused, and then only
     * because H2 itself would open an older state (losing committed applications): never a false refusal.
     */
    private static boolean opensOrIsRefusedOnlyWhenH2WouldLoseData(DatabasePath path, Map<String, Boolean> committed)
            throws IOException, SQLException {
        byte[] before = Files.readAllBytes(path.file());
        try {
            assertOpensWithEveryByteKept(path, committed);
            return true;
        } catch (StoreException e) {
            assertEquals(StoreException.Kind.DAMAGED, e.kind(), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(path.file()), "a refused file keeps every byte");
            try (Connection plain = DriverManager.getConnection(ReadOnlyOpen.url(path), "sa", "")) {
                assertNotEquals(committed, flags(plain), "refused although H2 reads every committed change: " + e.getMessage());
            }
            return false;
        }
    }

    private static Map<String, Boolean> flags(Connection connection) throws IOException {
        Map<String, Boolean> flags = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, may_call FROM application")) {
            while (rs.next()) {
                flags.put(rs.getString(1), rs.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return flags;
    }
}
