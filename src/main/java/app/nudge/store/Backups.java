package app.nudge.store;

import app.nudge.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Backups of one database, as zip files in {@code backups/} beside it: {@code daily-YYYY-MM-DD.zip}
 * (at most one a day), {@code pre-migration-vN-<time>.zip} (schema N, taken before Flyway changes an
 * existing database), {@code pre-restore-<time>.zip} (the state a restore replaced) and {@code pre-import-<time>.zip}
 * (taken before a CSV import changes many applications at once). Online
 * backups use H2's {@code BACKUP TO}, which is transactionally consistent. Older backups are
 * deleted only once the newer ones that are kept have been checked to open.
 *
 * <p>This is the one door to backups; the work is done by {@link BackupFolder} (names, listing),
 * {@link BackupWriter} (taking), {@link BackupCheck} (does it open), {@link BackupPruning} and
 * {@link BackupRestore}.
 */
public final class Backups {

    public static final int KEEP_DAILY = 10;
    public static final int KEEP_PRE_MIGRATION = 4;
    public static final int KEEP_PRE_RESTORE = 4;
    public static final int KEEP_PRE_IMPORT = 4;

    /** Why a backup was taken. */
    public enum Kind {
        DAILY("store.backupKind.daily"), PRE_MIGRATION("store.backupKind.beforeUpdate"),
        PRE_RESTORE("store.backupKind.beforeRestore"), PRE_IMPORT("store.backupKind.beforeImport");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** "daily", "before an update": read when shown, in the language of the moment. */
        public String label() {
            return Texts.t(key);
        }
    }

    /** One backup file; {@code order} sorts backups of one kind by when they were taken. */
    public record Backup(Path file, Kind kind, LocalDateTime taken, long size, String order) {
    }

    /** What a restore did with the data it replaced. */
    public record Restored(Backup from, Optional<Path> previousStateBackup, Optional<Path> damagedFileMovedTo) {
    }

    private final BackupFolder folder;
    private final BackupPruning pruning;
    private final BackupRestore restore;

    public Backups(DatabasePath database, Clock clock) {
        this.folder = new BackupFolder(database, clock);
        this.pruning = new BackupPruning(folder);
        this.restore = new BackupRestore(database, folder, pruning);
    }

    public Backups(DatabasePath database) {
        this(database, Clock.systemDefaultZone());
    }

    /**
     * {@code backups/} beside the default {@code nudge} file; {@code backups-NAME/} beside any other,
     * so two data files in one folder never mistake each other's backups for their own.
     */
    public Path folder() {
        return folder.path();
    }

    /** All backups, newest first. */
    public List<Backup> list() {
        return folder.list();
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** Takes today's daily backup unless there is one, then prunes old dailies. */
    public Optional<Path> dailyIfDue(Connection connection) {
        Path target = folder.daily();
        if (Files.exists(target)) {
            return Optional.empty();
        }
        BackupWriter.online(connection, target);
        pruning.prune(Kind.DAILY, KEEP_DAILY);
        return Optional.of(target);
    }

    /** Backs up before a migration from schema {@code installed}; prunes old ones. */
    public Path beforeMigration(Connection connection, int installed) {
        Path target = folder.unique("pre-migration-v" + installed + "-");
        BackupWriter.online(connection, target);
        pruning.prune(Kind.PRE_MIGRATION, KEEP_PRE_MIGRATION);
        return target;
    }

    /** Backs up before a CSV import changes many applications at once; prunes old ones. */
    public Path beforeImport(Connection connection) {
        Path target = folder.unique("pre-import-");
        BackupWriter.online(connection, target);
        pruning.prune(Kind.PRE_IMPORT, KEEP_PRE_IMPORT);
        return target;
    }

    /** Whether the zip holds a database file that H2 opens and whose tables all read. */
    public static boolean opens(Path zip) {
        return BackupCheck.opens(zip);
    }

    /**
     * Replaces the database file with the one in {@code backup}; only while the database is closed.
     * The state it replaces is kept first: zipped as a pre-restore backup when it opens, otherwise
     * moved aside as {@code nudge.mv.db.damaged-<time>}. Nothing is ever deleted.
     */
    public Restored restore(Backup backup) {
        return restore.restore(backup);
    }
}
