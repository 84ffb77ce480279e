package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.safety.ChildJvm;
import app.nudge.safety.HoldDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy-and-swap ({@link Database#rewriteWhole}): a large write is all or nothing by construction.
 * A kill at each step is simulated by copying the folder's files as they are at that moment and
 * opening the copy as the next run would.
 */
@Timeout(120)
class SwapWriteTest {

    @TempDir
    Path folder;

    @TempDir
    Path snapshots;

    private static List<Application> applications(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> Application.of(prefix + i, "Company " + i, "Role " + i)).toList();
    }

    private DatabasePath withBefore() {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(applications("before-", 20));
        }
        return path;
    }

    private static List<Application> all(DatabasePath path) {
        try (Database db = Database.openOrCreate(path)) {
            return new ApplicationRepository(db).findAll();
        }
    }

    @Test
    void workThatThrowsLeavesTheFileByteForByteAsItWasAndTheDatabaseUsable() throws Exception {
        DatabasePath path = withBefore();
        List<Application> before = all(path);
        byte[][] atStart = new byte[1][];
        try (Database db = Database.openOrCreate(path)) {
            db.onSwapSteps(step -> {
                if (step == SwapWrite.Step.BEFORE_COPY) {
                    atStart[0] = Files.readAllBytes(path.file());
                }
            });
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.rewriteWhole(() -> {
                new ApplicationRepository(db).saveAll(applications("new-", 200));
                new SettingsRepository(db).put(SettingsRepository.COUNTRY, "DE");
                throw new IllegalStateException("the work failed half way");
            }));
            assertEquals("the work failed half way", thrown.getMessage());
            assertArrayEquals(atStart[0], Files.readAllBytes(path.file()), "the file is exactly as before the swap began");
            assertEquals(List.of(), FolderSnapshots.temporaries(folder), "the copy is deleted");
            assertEquals(before, new ApplicationRepository(db).findAll(), "the database is open again, on the untouched file");
            new ApplicationRepository(db).save(Application.of("later", "Acme", "Analyst"));
        }
        assertEquals(21, all(path).size());
    }

    @Test
    void aWriteThatReturnsIsInTheFileAndTheConnectionFollowsIt() {
        DatabasePath path = withBefore();
        try (Database db = Database.openOrCreate(path)) {
            int count = db.rewriteWhole(() -> {
                new ApplicationRepository(db).saveAll(applications("new-", 120));
                return new ApplicationRepository(db).count();
            });
            assertEquals(140, count, "inside, the database is the copy");
            assertEquals(140, new ApplicationRepository(db).count(), "after, the reopened file");
            assertEquals(List.of(), FolderSnapshots.temporaries(folder));
        }
        assertEquals(140, all(path).size());
    }

    /** At every step (and half way through the work) a kill leaves exactly before or exactly after; the next open cleans up. */
    @Test
    void aKillAtAnyStepLeavesExactlyBeforeOrExactlyAfter() {
        Map<SwapWrite.Step, Path> atStep = new EnumMap<>(SwapWrite.Step.class);
        List<Path> midWork = new ArrayList<>();
        FolderSnapshots snaps = new FolderSnapshots(snapshots);
        DatabasePath path = withBefore();
        List<Application> before = all(path);
        List<Application> added = applications("new-", 300);
        try (Database db = Database.openOrCreate(path)) {
            db.onSwapSteps(step -> atStep.put(step, snaps.take(folder)));
            db.rewriteWhole(() -> db.inTransaction(c -> {
                ApplicationRowsWriter.insertAll(c, added.subList(0, 150));
                midWork.add(snaps.take(folder));
                ApplicationRowsWriter.insertAll(c, added.subList(150, 300));
                midWork.add(snaps.take(folder));
                return null;
            }));
        }
        List<Application> after = all(path);
        assertEquals(320, after.size());
        assertEquals(SwapWrite.Step.values().length, atStep.size(), "every step was reached");
        for (Map.Entry<SwapWrite.Step, Path> e : atStep.entrySet()) {
            List<Application> seen = all(TempDatabase.in(e.getValue()));
            List<Application> expected = e.getKey() == SwapWrite.Step.AFTER_MOVE ? after : before;
            assertEquals(expected, seen, "killed at " + e.getKey());
            assertEquals(List.of(), FolderSnapshots.temporaries(e.getValue()), "the next open deleted the copy left at " + e.getKey());
        }
        for (Path snapshot : midWork) {
            assertEquals(before, all(TempDatabase.in(snapshot)), "killed during the work");
            assertEquals(List.of(), FolderSnapshots.temporaries(snapshot));
        }
    }

    @Test
    void aSwapIsRefusedWhileAnotherConnectionHoldsTheFile() throws Exception {
        DatabasePath path = withBefore();
        try (Database db = Database.openOrCreate(path);
             Connection other = DriverManager.getConnection(H2Files.url(path, true), "sa", "")) {
            StoreException e = assertThrows(StoreException.class,
                    () -> db.rewriteWhole(() -> {
                        new ApplicationRepository(db).saveAll(applications("new-", 60));
                        return null;
                    }));
            assertEquals(StoreException.Kind.IN_USE, e.kind());
            assertTrue(e.getMessage().contains("open elsewhere"), e.getMessage());
            assertEquals(20, new ApplicationRepository(db).count(), "nothing was written and the database is usable");
            assertTrue(other.isValid(1));
        }
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
    }

    @Test
    void aSwapIsRefusedWhileAnotherProcessHoldsTheFile() throws Exception {
        DatabasePath path = withBefore();
        try (Database db = Database.openOrCreate(path)) {
            db.close(); // the child cannot open the file while we hold it
            try (ChildJvm holder = ChildJvm.start(HoldDatabase.class, path.base().toString())) {
                assertTrue(holder.awaitLine("open", Duration.ofSeconds(30)), holder.stderr());
                byte[] before = Files.readAllBytes(path.file());
                StoreException e = assertThrows(StoreException.class, () -> new ImportTransaction(db)
                        .store(null, applications("new-", 10)));
                assertEquals(StoreException.Kind.IN_USE, e.kind(), e.getMessage());
                assertArrayEquals(before, Files.readAllBytes(path.file()));
                assertEquals(List.of(), FolderSnapshots.temporaries(folder));
            }
        }
    }

    @Test
    void temporariesLeftByAKilledRunAreDeletedAtTheNextWritableOpenAndNothingElse() throws Exception {
        DatabasePath path = withBefore();
        List<String> ours = List.of("nudge.rewriting-0123456789abcdef.mv.db", "nudge.creating-fedcba9876543210.mv.db",
                "nudge.creating-fedcba9876543210.trace.db");
        List<String> notOurs = List.of("other.rewriting-0123456789abcdef.mv.db", "nudge.rewriting-mine.mv.db",
                "nudge.rewriting-0123456789abcdef0.mv.db", "nudge.mv.db.restoring", "notes.txt");
        for (String name : ours) {
            Files.write(folder.resolve(name), new byte[] {1, 2, 3});
        }
        for (String name : notOurs) {
            Files.write(folder.resolve(name), new byte[] {4, 5, 6});
        }
        Database.openOrCreate(path).close();
        for (String name : ours) {
            assertTrue(Files.notExists(folder.resolve(name)), name + " is deleted");
        }
        for (String name : notOurs) {
            assertArrayEquals(new byte[] {4, 5, 6}, Files.readAllBytes(folder.resolve(name)), name + " is kept");
        }
    }

    @Test
    void aTemporaryAnotherRunHoldsOpenIsLeftAlone() throws Exception {
        DatabasePath path = withBefore();
        Path busyBase = folder.resolve("nudge.creating-00000000000000aa");
        try (Connection busy = DriverManager.getConnection(H2Files.url(busyBase, false), "sa", "")) {
            Database.openOrCreate(path).close();
            assertTrue(Files.exists(DatabaseFiles.h2File(busyBase)), "a creation in progress keeps its file");
            assertTrue(busy.isValid(1));
        }
        Database.openOrCreate(path).close();
        assertTrue(Files.notExists(DatabaseFiles.h2File(busyBase)), "deleted once nobody holds it");
    }

    @Test
    void aDatabaseFileThatIsALinkStaysALinkAndItsTargetGetsTheWrite() throws Exception {
        Path elsewhere = Files.createDirectory(snapshots.resolve("synced"));
        DatabasePath real = TempDatabase.in(elsewhere);
        Database.openOrCreate(real).close();
        DatabasePath path = TempDatabase.in(folder);
        try {
            Files.createSymbolicLink(path.file(), real.file());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        try (Database db = Database.openOrCreate(path)) {
            new ImportTransaction(db).store(null, applications("new-", 5));
        }
        assertTrue(Files.isSymbolicLink(path.file()), "the link is not replaced by a file");
        assertEquals(5, all(real).size(), "the file it points to holds the import");
        assertEquals(List.of(), FolderSnapshots.temporaries(elsewhere));
    }

    @Test
    void largeWritesAndTheirUndoGoThroughACopySmallOnesDoNot() {
        DatabasePath path = withBefore();
        List<SwapWrite.Step> moves = new ArrayList<>();
        try (Database db = Database.openOrCreate(path)) {
            db.onSwapSteps(step -> {
                if (step == SwapWrite.Step.AFTER_MOVE) {
                    moves.add(step);
                }
            });
            ApplicationRepository repository = new ApplicationRepository(db);
            repository.save(Application.of("one", "Acme", "Analyst"));
            repository.storeAndDelete(List.of(), List.of("one"));
            assertEquals(0, moves.size(), "a small write is an ordinary transaction");
            repository.saveAll(applications("big-", ApplicationRepository.LARGE_WRITE + 1));
            assertEquals(1, moves.size());
            repository.storeAndDelete(List.of(), applications("big-", ApplicationRepository.LARGE_WRITE + 1)
                    .stream().map(Application::id).toList());
            assertEquals(2, moves.size(), "the undo of an import is as large as the import");
            new ImportTransaction(db).store(null, applications("json-", 1));
            assertEquals(3, moves.size(), "an import always goes through a copy");
            assertEquals(21, repository.count());
        }
    }
}
