package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a damaged or incompatible file does: refused with a way out, never replaced by an empty one. */
class DamagedDatabaseTest {

    @TempDir
    Path folder;

    private DatabasePath withData() {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            for (int i = 0; i < 20; i++) {
                new ApplicationRepository(db).save(Application.of("app-" + i, "Acme " + i, "Analyst"));
            }
        }
        return path;
    }

    private static void assertRefusedAsDamaged(DatabasePath path) throws IOException {
        byte[] before = Files.readAllBytes(path.file());
        StoreException e = assertThrows(StoreException.class, () -> Database.openOrCreate(path).close());
        assertEquals(StoreException.Kind.DAMAGED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("nudge restore latest"), e.getMessage());
        assertTrue(e.getMessage().contains("--db"), e.getMessage());
        assertFalse(e.getMessage().contains("recovery tool"), "no pointer to a developer tool: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(path.file()), "the damaged file is left as it is");
    }

    @Test
    void anEmptyOrTruncatedFileIsRefusedNotOpenedAsANewDatabase() throws IOException {
        DatabasePath path = withData();
        Files.write(path.file(), new byte[0]);
        assertRefusedAsDamaged(path);
    }

    @Test
    void aFileCutInTheMiddleIsRefused() throws IOException {
        DatabasePath path = withData();
        byte[] all = Files.readAllBytes(path.file());
        Files.write(path.file(), java.util.Arrays.copyOf(all, all.length / 2));
        assertRefusedAsDamaged(path);
    }

    @Test
    void bothFileHeadersFlippedIsRefused() throws IOException {
        DatabasePath path = withData();
        byte[] all = Files.readAllBytes(path.file());
        for (int header : List.of(0, 4096)) {
            for (int i = 10; i < 60; i++) {
                all[header + i] ^= (byte) 0x5A;
            }
        }
        Files.write(path.file(), all);
        assertRefusedAsDamaged(path);
    }

    @Test
    void oneFlippedHeaderIsRepairedFromTheOtherAndTheDataIsIntact() throws IOException {
        DatabasePath path = withData();
        byte[] all = Files.readAllBytes(path.file());
        for (int i = 10; i < 60; i++) {
            all[i] ^= (byte) 0x5A;
        }
        Files.write(path.file(), all);
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(20, new ApplicationRepository(db).count());
        }
    }

    @Test
    void damagedPagesInTheNewestChunkAreRefused() throws IOException {
        DatabasePath path = withData();
        byte[] all = Files.readAllBytes(path.file());
        // Every chunk starts with "chunk:<hex id>," at a 4 KiB block boundary after the two file headers.
        int newest = -1;
        long newestId = -1;
        for (int block = 8192; block + 6 < all.length; block += 4096) {
            String text = new String(all, block, Math.min(40, all.length - block), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (text.startsWith("chunk:")) {
                long id = Long.parseLong(text.substring(6, text.indexOf(',')), 16);
                if (id > newestId) {
                    newestId = id;
                    newest = block;
                }
            }
        }
        assertTrue(newest > 0, "the test found the newest chunk");
        for (int i = 200; i < 400; i++) {
            all[newest + i] ^= (byte) 0x21;
        }
        Files.write(path.file(), all);
        assertRefusedAsDamaged(path);
    }

    @Test
    void aDatabaseFromANewerNudgeIsRefusedAndLeftAlone() throws IOException {
        DatabasePath path = withData();
        try (Database db = Database.openOrCreate(path)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\""
                    + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '" + (SchemaVersion.CURRENT + 1) + "', 'future', 'SQL', 'V9__future.sql', 'sa', 0, TRUE)"));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.openOrCreate(path).close());
        assertEquals(StoreException.Kind.TOO_NEW, e.kind());
        assertTrue(e.getMessage().contains("Update Nudge"), e.getMessage());
    }

    @Test
    void aDataFolderThatCannotBeCreatedSaysWhatToDo() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        DatabasePath path = new DatabasePath(notAFolder.resolve("data").resolve("nudge"));
        StoreException e = assertThrows(StoreException.class, () -> Database.openOrCreate(path).close());
        assertEquals(StoreException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().contains("choose another file with --db"), e.getMessage());
    }

    @Test
    void anUnreadableDataFolderSaysWhatToDo() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every folder: the check would prove nothing");
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        DatabasePath path = withData();
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> Database.openOrCreate(path).close());
            assertTrue(e.getMessage().contains("--db"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
