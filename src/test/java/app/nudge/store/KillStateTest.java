package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Once a change is saved, killing Nudge loses nothing of it": after EVERY commit of a long session
 * of saves, changes and deletes (with freed space released at once, as a long-running app has it),
 * the file as a kill -9 leaves it (a copy taken while the database is open: the OS keeps written
 * pages) opens with exactly the applications committed so far, never older and never refused.
 * With H2 reusing freed space, most such files opened older or were refused as damaged.
 */
class KillStateTest {

    @TempDir
    Path folder;

    @TempDir
    Path copies;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyCommitSurvivesAKillAtTheMomentAfterIt() throws Exception {
        List<Application> pool = new DemoData(17, LocalDate.of(2026, 11, 20)).applications(300);
        Random random = new Random(14);
        Map<String, Boolean> committed = new TreeMap<>();
        DatabasePath path = TempDatabase.in(folder);
        List<String> lost = new ArrayList<>();
        int next = 0;
        int commits = 300;
        try (Database db = Database.openOrCreate(path)) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("SET RETENTION_TIME 0"); // freed chunks are free at once, not after 45 s
            }
            ApplicationRepository repository = new ApplicationRepository(db);
            for (int commit = 0; commit < commits; commit++) {
                int what = random.nextInt(10);
                if (what < 5 && next < pool.size() || committed.isEmpty()) {
                    Application a = pool.get(next++);
                    repository.save(a);
                    committed.put(a.id(), a.mayCall());
                } else {
                    String id = new ArrayList<>(committed.keySet()).get(random.nextInt(committed.size()));
                    if (what < 8) {
                        Application a = repository.find(id).orElseThrow();
                        repository.save(a.withFlags(!a.mayCall(), a.knownDelay()));
                        committed.put(id, !a.mayCall());
                    } else {
                        repository.delete(id);
                        committed.remove(id);
                    }
                }
                Path left = Files.createDirectories(copies.resolve("kill-" + commit));
                Files.copy(path.file(), left.resolve("nudge" + DatabasePath.H2_EXTENSION));
                String outcome = outcome(TempDatabase.in(left), committed);
                if (!outcome.isEmpty()) {
                    lost.add("after commit " + commit + ": " + outcome);
                }
            }
        }
        System.out.println("KillStateTest: " + commits + " kill moments, " + (commits - lost.size()) + " held; file "
                + Files.size(path.file()) / 1024 + " KB");
        assertEquals(List.of(), lost, lost.size() + " of " + commits + " files left by a kill lost committed changes");
    }

    /**
     * H2's own close compacts for up to 200 ms; with space not reused it may only append (its in-place
     * chunk moves run only when space is reused): every byte past the two file headers that was in the
     * file before the close is there after it, so a kill during a close also finds every committed chunk.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aCleanCloseOnlyAppendsAndRewritesTheFileHeaders() throws Exception {
        List<Application> pool = new DemoData(23, LocalDate.of(2026, 11, 20)).applications(200);
        DatabasePath path = TempDatabase.in(folder);
        Random random = new Random(5);
        for (int session = 0; session < 8; session++) {
            byte[] open;
            try (Database db = Database.openOrCreate(path)) {
                ApplicationRepository repository = new ApplicationRepository(db);
                for (int i = 0; i < 40; i++) {
                    Application a = pool.get(random.nextInt(pool.size()));
                    Application stored = repository.find(a.id()).orElse(a);
                    repository.save(stored.withFlags(!stored.mayCall(), stored.knownDelay()));
                }
                open = Files.readAllBytes(path.file());
            }
            byte[] closed = Files.readAllBytes(path.file());
            assertTrue(closed.length >= open.length, "the close did not cut the file");
            int headers = 2 * StoreFileLayout.BLOCK_SIZE;
            assertArrayEquals(java.util.Arrays.copyOfRange(open, headers, open.length),
                    java.util.Arrays.copyOfRange(closed, headers, open.length), "session " + session + ": only appended");
        }
    }

    /**
     * A kill DURING a commit's write tears the chunk being appended: the file holds what was there
     * before and part of the new chunk (its headers as before). That commit never returned, so the
     * file must open with exactly the commits before it: not refused as damaged, not older. The torn
     * file is made from the copies before and after the write (an append-only file only grows).
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKillDuringACommitsWriteLeavesEveryEarlierCommit() throws Exception {
        List<Application> pool = new DemoData(29, LocalDate.of(2026, 11, 20)).applications(60);
        DatabasePath path = TempDatabase.in(folder);
        Map<String, Boolean> committed = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        int torn = 0;
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            for (int commit = 0; commit < pool.size(); commit++) {
                byte[] before = Files.readAllBytes(path.file());
                Application a = pool.get(commit);
                repository.save(a);
                byte[] after = Files.readAllBytes(path.file());
                int blocks = (after.length - before.length) / StoreFileLayout.BLOCK_SIZE;
                for (int keep = 1; keep < blocks; keep += Math.max(1, blocks / 3)) {
                    byte[] left = java.util.Arrays.copyOf(after, before.length + keep * StoreFileLayout.BLOCK_SIZE);
                    System.arraycopy(before, 0, left, 0, 2 * StoreFileLayout.BLOCK_SIZE); // headers as before the write
                    Path dir = Files.createDirectories(copies.resolve("torn-" + commit + "-" + keep));
                    Files.write(dir.resolve("nudge" + DatabasePath.H2_EXTENSION), left);
                    torn++;
                    String outcome = outcome(TempDatabase.in(dir), committed);
                    if (!outcome.isEmpty()) {
                        lost.add("commit " + commit + " torn after " + keep + " of " + blocks + " blocks: " + outcome);
                    }
                }
                committed.put(a.id(), a.mayCall());
            }
        }
        System.out.println("KillStateTest: " + torn + " writes torn by a kill, " + (torn - lost.size()) + " held");
        assertTrue(torn >= 20, "enough torn writes were tried: " + torn);
        assertEquals(List.of(), lost, lost.size() + " of " + torn + " torn writes lost earlier commits or were refused");
    }

    /** Empty when the file opens read-only with exactly {@code committed}; else what went wrong. */
    private static String outcome(DatabasePath left, Map<String, Boolean> committed) throws Exception {
        try (Database db = Database.openReadOnly(left)) {
            Map<String, Boolean> seen = new TreeMap<>();
            try (Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, may_call FROM application")) {
                while (rs.next()) {
                    seen.put(rs.getString(1), rs.getBoolean(2));
                }
            }
            return seen.equals(committed) ? "" : "read " + seen.size() + " applications, " + committed.size() + " committed";
        } catch (StoreException e) {
            return "refused (" + e.kind() + ")";
        }
    }
}
