package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.OwnerOnly;
import app.nudge.domain.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first creation of a database is built beside the final name and only then put there: a kill
 * at any moment leaves no database or a complete one, never a 0-byte or half-migrated file.
 */
@Timeout(120)
class NewDatabaseTest {

    @TempDir
    Path folder;

    @TempDir
    Path snapshots;

    @Test
    void aKillAtAnyStepOfTheCreationLeavesNoDatabaseOrACompleteOne() {
        FolderSnapshots snaps = new FolderSnapshots(snapshots);
        Map<SwapWrite.Step, Path> atStep = new EnumMap<>(SwapWrite.Step.class);
        DatabasePath path = TempDatabase.in(folder);
        NewDatabase.create(path, Migrations.BUILT_IN, step -> atStep.put(step, snaps.take(folder)), null);
        assertEquals(List.of(SwapWrite.Step.AFTER_WORK, SwapWrite.Step.BEFORE_MOVE, SwapWrite.Step.AFTER_MOVE),
                List.copyOf(atStep.keySet()));
        for (Map.Entry<SwapWrite.Step, Path> e : atStep.entrySet()) {
            DatabasePath left = TempDatabase.in(e.getValue());
            assertEquals(e.getKey() == SwapWrite.Step.AFTER_MOVE, Files.exists(left.file()),
                    "the final name exists only once the database is complete (" + e.getKey() + ")");
            try (Database db = Database.openOrCreate(left)) {
                assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow(), e.getKey().name());
                new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
            }
            assertEquals(List.of(), FolderSnapshots.temporaries(e.getValue()), "the next open deleted the half-made one");
        }
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
    }

    @Test
    void aNewDatabaseGetsItsFirstContentBeforeItsNameSoAKillNeverLeavesItEmpty() {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path, fresh -> {
            new ApplicationRepository(fresh).saveAll(List.of(Application.of("a", "Acme", "Analyst"),
                    Application.of("b", "Bolt", "Tester")));
            assertFalse(Files.exists(path.file()), "no file under the user's name while the first content is written");
        })) {
            assertTrue(db.filledWhenCreated());
            assertEquals(2, new ApplicationRepository(db).count());
        }
        try (Database again = Database.openOrCreate(path, fresh -> {
            throw new AssertionError("an existing database is opened, not created");
        })) {
            assertFalse(again.filledWhenCreated(), "the caller stores into an existing database itself");
        }
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
    }

    @Test
    void firstContentThatFailsLeavesNoDatabase() {
        DatabasePath path = TempDatabase.in(folder);
        assertThrows(IllegalStateException.class, () -> Database.openOrCreate(path, fresh -> {
            new ApplicationRepository(fresh).save(Application.of("a", "Acme", "Analyst"));
            throw new IllegalStateException("the import failed half way");
        }).close());
        assertFalse(Files.exists(path.file()), "no empty or half-filled database is left");
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
    }

    @Test
    void aFailedCreationLeavesNoFileAtAll() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        Migrations broken = new Migrations("classpath:db/broken-migration", SchemaVersion.CURRENT + 1);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(path, false, broken).close());
        assertEquals(StoreException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("Creating the database " + path), e.getMessage());
        assertFalse(Files.exists(path.file()), "no half-migrated file under the user's name");
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
        Database.openOrCreate(path).close(); // and the next try with good migrations simply works
    }

    @Test
    void aFileThatAppearedMeanwhileIsNeverReplaced() throws Exception {
        DatabasePath theirs = TempDatabase.in(snapshots);
        try (Database db = Database.openOrCreate(theirs)) {
            new ApplicationRepository(db).save(Application.of("theirs", "Acme", "Analyst"));
        }
        byte[] theirBytes = Files.readAllBytes(theirs.file());
        DatabasePath path = TempDatabase.in(folder);
        NewDatabase.create(path, Migrations.BUILT_IN, step -> {
            if (step == SwapWrite.Step.BEFORE_MOVE) {
                Files.write(path.file(), theirBytes); // another process finished first
            }
        }, null);
        assertArrayEquals(theirBytes, Files.readAllBytes(path.file()));
        assertEquals(List.of(), FolderSnapshots.temporaries(folder));
        try (Database db = Database.openOrCreate(path)) {
            assertTrue(new ApplicationRepository(db).find("theirs").isPresent());
        }
    }

    @Test
    void aNewDatabaseIsOwnerOnlyAndSoAreTheFoldersNudgeMadeButNotTheOnesThatWereThere() throws Exception {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path made = folder.resolve("made").resolve("also-made");
        DatabasePath path = new DatabasePath(made.resolve("nudge"));
        Database.openOrCreate(path).close();
        assertEquals(PosixFilePermissions.fromString("rwxrwxrwx"), Files.getPosixFilePermissions(folder),
                "a shared folder keeps its mode (--db /tmp/x must not make /tmp owner-only)");
        assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(folder.resolve("made")));
        assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(made));
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(path.file()));
    }

    @Test
    void anExistingFileKeepsItsModeThroughASwap() throws Exception {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        DatabasePath path = TempDatabase.in(folder);
        Database.openOrCreate(path).close();
        Files.setPosixFilePermissions(path.file(), PosixFilePermissions.fromString("rw-r-----"));
        try (Database db = Database.openOrCreate(path)) {
            new ImportTransaction(db).store(null, List.of(Application.of("a", "Acme", "Analyst")));
        }
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(path.file()),
                "the file that replaced it has the mode the user gave the old one");
        assertEquals(PosixFilePermissions.fromString("rwxr-x---"), Files.getPosixFilePermissions(folder));
    }
}
