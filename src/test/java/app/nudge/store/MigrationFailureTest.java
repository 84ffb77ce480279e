package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails half way (H2 has no transactional DDL) runs on a copy of the file: the
 * file keeps its schema and data (none of the half-applied migration), a pre-migration backup is
 * kept, and the message says so. (Byte for byte: SwapWriteTest.)
 */
class MigrationFailureTest {

    @TempDir
    Path folder;

    @Test
    void aFailedMigrationLeavesTheFileAsItWasAndABackupTakenBeforeIt() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("kept", "Acme", "Analyst"));
        }
        Migrations broken = new Migrations("classpath:db/broken-migration", SchemaVersion.CURRENT + 1);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(path, false, broken).close());
        assertEquals(StoreException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().contains("left as it was"), e.getMessage());

        Backups backups = new Backups(path);
        List<Backups.Backup> pre = backups.list().stream().filter(b -> b.kind() == Backups.Kind.PRE_MIGRATION).toList();
        assertEquals(1, pre.size());
        assertTrue(pre.get(0).file().getFileName().toString().startsWith("pre-migration-v" + SchemaVersion.CURRENT + "-"));
        assertTrue(e.getMessage().contains(pre.get(0).file().toString()), "the message names the backup");
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".rewriting-")).toList(),
                    "the copy the migration ran on is gone");
        }

        try (Database db = Database.openOrCreate(path)) {
            assertTrue(new ApplicationRepository(db).find("kept").isPresent());
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            int halfDone = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_NAME = 'HALF_DONE'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, halfDone, "the database has none of the half-applied migration");
        }
    }

    @Test
    void anOlderSchemaIsMigratedOnACopyThatReplacesTheFile() throws Exception {
        DatabasePath path = TempDatabase.in(folder);
        Migrations first = new Migrations("classpath:db/version-1", 1);
        try (Database db = Database.open(path, false, first)) {
            assertEquals(1, SchemaMigration.installedVersion(db.connection()).orElseThrow());
        }
        try (Database db = Database.openOrCreate(path)) {
            assertEquals(SchemaVersion.CURRENT, SchemaMigration.installedVersion(db.connection()).orElseThrow());
            new ApplicationRepository(db).save(Application.of("after", "Acme", "Analyst"));
        }
        assertEquals(1, new Backups(path).list().stream().filter(b -> b.kind() == Backups.Kind.PRE_MIGRATION).count());
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".rewriting-")).toList());
        }
    }

    @Test
    void aNewDatabaseTakesNoPreMigrationBackup() {
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            assertTrue(new Backups(path).list().isEmpty());
        }
    }
}
