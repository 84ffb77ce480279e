package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import app.nudge.common.OwnerOnly;
import app.nudge.store.Backups.Backup;
import app.nudge.store.Backups.Kind;
import app.nudge.store.Backups.Restored;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Puts a backup in place of the database file, only while that file is closed, and keeps the state
 * it replaces first: nothing is ever deleted by a restore.
 */
final class BackupRestore {

    private final DatabasePath database;
    private final BackupFolder folder;
    private final BackupPruning pruning;

    BackupRestore(DatabasePath database, BackupFolder folder, BackupPruning pruning) {
        this.database = database;
        this.folder = folder;
        this.pruning = pruning;
    }

    /**
     * Replaces the database file with the one in {@code backup}. The state it replaces is zipped as
     * a pre-restore backup when it opens, otherwise moved aside as {@code nudge.mv.db.damaged-<time>}.
     */
    Restored restore(Backup backup) {
        Path file = database.file();
        DatabaseFiles.requireWritable(database); // a read-only file is the user's: never replaced, not even by a rename
        if (!BackupCheck.opens(backup.file())) {
            throw new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.backup.doesNotOpen", "file", backup.file()), null);
        }
        ensureClosed(file);
        try {
            OwnerOnly.createFolder(folder.path());
            Optional<Path> saved = Optional.empty();
            Optional<Path> movedAside = Optional.empty();
            if (Files.exists(file)) {
                if (BackupCheck.fileOpens(database.base())) {
                    Path target = folder.unique("pre-restore-");
                    BackupWriter.ofClosedFile(file, target);
                    saved = Optional.of(target);
                    pruning.prune(Kind.PRE_RESTORE, Backups.KEEP_PRE_RESTORE);
                } else {
                    Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + folder.now().format(BackupFolder.STAMP));
                    Files.move(file, aside);
                    movedAside = Optional.of(aside);
                }
            }
            Path incoming = file.resolveSibling(file.getFileName() + ".restoring");
            if (!BackupCheck.extractDatabase(backup.file(), incoming)) {
                throw new IOException(Texts.t("store.backup.noDatabaseFile"));
            }
            OwnerOnly.restrict(incoming);
            Files.move(incoming, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(backup, saved, movedAside);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.restoreFailed", "file", backup.file(),
                    "reason", FileReasons.of(e), "folder", folder.path()), e);
        }
    }

    /** Refuses when the database file is open, in this process or another one. */
    private static void ensureClosed(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.cannotCheckInUse", "file", file, "reason", FileReasons.of(e)), e);
        }
    }

    private static StoreException inUse(Path file) {
        return new StoreException(StoreException.Kind.IN_USE, Texts.t("store.backup.databaseOpen", "file", file), null);
    }
}
