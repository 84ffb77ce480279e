package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The append-only file is compacted through a copy: a kill at each step leaves exactly the file as
 * it was or exactly the compacted one (the same applications either way), and over many sessions of
 * saves the file stays bounded instead of growing with every commit.
 */
class StoreCompactionTest {

    @TempDir
    Path folder;

    @TempDir
    Path snapshots;

    private static final List<Application> POOL = new DemoData(7, LocalDate.of(2026, 11, 20)).applications(400);

    /** Saves {@code edits} single applications (new ones, then changes of stored ones), each its own commit. */
    private static void edit(Database db, int edits, Random random) {
        ApplicationRepository repository = new ApplicationRepository(db);
        for (int i = 0; i < edits; i++) {
            Application a = POOL.get(random.nextInt(POOL.size()));
            Application stored = repository.find(a.id()).orElse(a);
            repository.save(stored.withFlags(!stored.mayCall(), stored.knownDelay()));
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKillAtEachStepOfACompactionLeavesExactlyTheOldFileOrExactlyTheCompactedOne() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        Map<SwapWrite.Step, Path> atStep = new EnumMap<>(SwapWrite.Step.class);
        FolderSnapshots snaps = new FolderSnapshots(snapshots);
        List<Application> before;
        byte[] old;
        byte[] compacted = null;
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(POOL.subList(0, 200));
            edit(db, 400, new Random(1));
            before = new ApplicationRepository(db).findAll();
            byte[][] closed = new byte[1][];
            db.onSwapSteps(step -> {
                atStep.put(step, snaps.take(folder));
                if (step == SwapWrite.Step.BEFORE_COPY) {
                    closed[0] = Files.readAllBytes(path.file()); // as H2's clean close left it
                }
            });
            StoreCompaction.compact(db);
            old = closed[0];
            assertEquals(before, new ApplicationRepository(db).findAll(), "compaction changes no application");
        }
        assertEquals(SwapWrite.Step.values().length, atStep.size(), "every step was reached");
        for (Map.Entry<SwapWrite.Step, Path> e : atStep.entrySet()) {
            DatabasePath left = TempDatabase.in(e.getValue());
            byte[] bytes = Files.readAllBytes(left.file());
            if (e.getKey() == SwapWrite.Step.AFTER_MOVE) {
                compacted = bytes;
                assertTrue(bytes.length < old.length / 2, "compacted: " + bytes.length + " bytes, was " + old.length);
            } else {
                assertArrayEquals(old, bytes, "killed at " + e.getKey() + ": the old file, byte for byte");
            }
            try (Database db = Database.openReadOnly(left)) {
                assertEquals(before, new ApplicationRepository(db).findAll(), "killed at " + e.getKey());
            }
            try (Database db = Database.openOrCreate(left)) {
                assertEquals(before, new ApplicationRepository(db).findAll(), "the next run, killed at " + e.getKey());
            }
            assertEquals(List.of(), FolderSnapshots.temporaries(e.getValue()), "the next open deleted the copy");
        }
        System.out.println("StoreCompactionTest: " + atStep.size() + " kill moments; file " + old.length / 1024
                + " KB before, " + compacted.length / 1024 + " KB compacted");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theFileStaysBoundedOverManySessionsOfSavesWhileWithoutCompactionItKeepsGrowing() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        DatabasePath uncompacted = TempDatabase.in(snapshots);
        Random random = new Random(3);
        long largest = 0;
        int compactions = 0;
        for (int session = 0; session < 24; session++) {
            try (Database db = Database.openOrCreate(path); Database plain = Database.openOrCreate(uncompacted)) {
                if (StoreCompaction.compactIfDue(db)) {
                    compactions++;
                }
                if (session == 0) {
                    new ApplicationRepository(db).saveAll(POOL.subList(0, 300));
                    new ApplicationRepository(plain).saveAll(POOL.subList(0, 300));
                }
                long seed = random.nextLong();
                edit(db, 60, new Random(seed));
                edit(plain, 60, new Random(seed));
                assertEquals(new ApplicationRepository(plain).findAll(), new ApplicationRepository(db).findAll());
            }
            largest = Math.max(largest, Files.size(path.file()));
        }
        long grown = Files.size(uncompacted.file());
        System.out.println("StoreCompactionTest: 24 sessions of 60 saves: largest " + largest / 1024 + " KB with "
                + compactions + " compactions; " + grown / 1024 + " KB without");
        assertTrue(compactions >= 1, "compacted at least once");
        assertTrue(largest <= StoreCompaction.MIN_FILE_BYTES + 2L * 1024 * 1024, "bounded: largest " + largest);
        assertTrue(grown > 2 * largest, "without compaction it grows: " + grown + " vs " + largest);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aSmallFileIsLeftAlone() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(new ArrayList<>(POOL.subList(0, 40)));
            edit(db, 50, new Random(5));
            byte[] bytes = Files.readAllBytes(path.file());
            StoreCompaction.Measure measure = StoreCompaction.measure(db);
            assertEquals(bytes.length, measure.fileBytes(), "H2's file size is the file's");
            assertFalse(StoreCompaction.compactIfDue(db), "below the minimum size: " + measure);
            assertArrayEquals(bytes, Files.readAllBytes(path.file()));
        }
    }
}
