package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.OwnerOnly;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files and folders (POSIX), and logs without personal data. */
class PrivacyTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void theDataFolderDatabaseAndBackupsAreTheUsersOnly() throws Exception {
        Path data = folder.resolve("data");
        DatabasePath path = new DatabasePath(data.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
            db.dailyBackup();
        }
        assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(data));
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(path.file()));
        Backups backups = new Backups(path);
        assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(backups.folder()));
        Path zip = backups.latest().orElseThrow().file();
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(zip));
    }

    @Test
    void aRefusedOpenLeavesNoH2TraceFileBesideTheData() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
        }
        byte[] all = Files.readAllBytes(path.file());
        Files.write(path.file(), java.util.Arrays.copyOf(all, all.length / 3));
        org.junit.jupiter.api.Assertions.assertThrows(app.nudge.store.StoreException.class,
                () -> Database.openOrCreate(path).close());
        assertFalse(Files.exists(folder.resolve("nudge.trace.db")), "H2's trace would hold statements outside our log rules");
    }

    @Test
    void anExistingDatabaseKeepsTheModeItsOwnerGaveIt() throws Exception {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        Database.openOrCreate(path).close();
        Files.setPosixFilePermissions(path.file(), PosixFilePermissions.fromString("rw-r-----"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
        }
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(path.file()),
                "the user's own choice (a group that shares the file) is kept");
    }

    @Test
    void theLogRotatesInTheDataFolderIsTheUsersOnlyAndHoldsNoExceptionMessages() throws Exception {
        FileHandler handler = LogFiles.install(folder).orElseThrow();
        Logger log = Logger.getLogger("app.nudge.test.privacy");
        try {
            log.log(Level.WARNING, "Opening the database failed",
                    new IllegalStateException("Unique index violation VALUES ('Acme Corp', 'pat@acme.example')"));
            handler.flush();
        } finally {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        Path file = folder.resolve("logs").resolve("nudge-0.log");
        String text = Files.readString(file);
        assertTrue(text.contains("Opening the database failed"), text);
        assertTrue(text.contains("java.lang.IllegalStateException"), text);
        assertFalse(text.contains("Acme"), text);
        assertFalse(text.contains("pat@acme.example"), text);
        assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(folder.resolve("logs")));
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(file));
    }

    @Test
    void theFormatterKeepsOurOwnMessageAndDropsTheThrowablesOne() {
        LogRecord record = new LogRecord(Level.SEVERE, "Planning failed; the previous plan stays");
        record.setLoggerName("x");
        record.setThrown(new RuntimeException("outer Zoë", new IllegalArgumentException("inner Zoë")));
        String line = LogFiles.render(record);
        assertTrue(line.contains("Planning failed"));
        assertTrue(line.contains("caused by: java.lang.IllegalArgumentException"));
        assertFalse(line.contains("Zoë"), line);
    }
}
