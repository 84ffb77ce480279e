package app.nudge.store;

import app.nudge.common.AtomicFiles;
import app.nudge.common.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of one database, as zip files in {@code backups/} beside it: {@code daily-YYYY-MM-DD.zip}
 * (at most one a day), {@code pre-migration-vN-<time>.zip} (schema N, taken before Flyway changes an
 * existing database) and {@code pre-restore-<time>.zip} (the state a restore replaced). Online
 * backups use H2's {@code BACKUP TO}, which is transactionally consistent. Older backups are
 * deleted only once the newer ones that are kept have been checked to open.
 */
public final class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "(daily)-(\\d{4}-\\d{2}-\\d{2})\\.zip|(pre-migration)-v(\\d+)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip"
                    + "|(pre-restore)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip"
                    + "|(pre-import)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip");

    public static final int KEEP_DAILY = 10;
    public static final int KEEP_PRE_MIGRATION = 4;
    public static final int KEEP_PRE_RESTORE = 4;
    public static final int KEEP_PRE_IMPORT = 4;

    /** Why a backup was taken. */
    public enum Kind {
        DAILY("daily"), PRE_MIGRATION("before an update"), PRE_RESTORE("before a restore"), PRE_IMPORT("before an import");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One backup file; {@code order} sorts backups of one kind by when they were taken. */
    public record Backup(Path file, Kind kind, LocalDateTime taken, long size, String order) {
    }

    /** What a restore did with the data it replaced. */
    public record Restored(Backup from, Optional<Path> previousStateBackup, Optional<Path> damagedFileMovedTo) {
    }

    private final DatabasePath database;
    private final Clock clock;

    public Backups(DatabasePath database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Backups(DatabasePath database) {
        this(database, Clock.systemDefaultZone());
    }

    /**
     * {@code backups/} beside the default {@code nudge} file; {@code backups-NAME/} beside any other,
     * so two data files in one folder never mistake each other's backups for their own.
     */
    public Path folder() {
        String name = database.base().getFileName().toString();
        return database.folder().resolve(name.equals(DataFolder.DATABASE_NAME) ? "backups" : "backups-" + name);
    }

    /** All backups, newest first. */
    public List<Backup> list() {
        List<Backup> result = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return result;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "*.zip")) {
            for (Path file : files) {
                parse(file).ifPresent(result::add);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "Cannot list the backups in " + folder() + ": " + e.getMessage(), e);
        }
        result.sort(Comparator.comparing(Backup::taken).thenComparing(Backup::order).reversed());
        return result;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    private Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            long size = Files.size(file);
            if (m.group(1) != null) {
                return Optional.of(new Backup(file, Kind.DAILY, modified, size, m.group(2)));
            }
            if (m.group(3) != null) {
                return Optional.of(new Backup(file, Kind.PRE_MIGRATION, modified, size, m.group(5)));
            }
            if (m.group(6) != null) {
                return Optional.of(new Backup(file, Kind.PRE_RESTORE, modified, size, m.group(7)));
            }
            return Optional.of(new Backup(file, Kind.PRE_IMPORT, modified, size, m.group(9)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Takes today's daily backup unless there is one, then prunes old dailies. */
    public Optional<Path> dailyIfDue(Connection connection) {
        Path target = folder().resolve("daily-" + LocalDate.now(clock) + ".zip");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        backupTo(connection, target);
        prune(Kind.DAILY, KEEP_DAILY);
        return Optional.of(target);
    }

    /** Backs up before a migration from schema {@code installed}; prunes old ones. */
    public Path beforeMigration(Connection connection, int installed) {
        Path target = unique("pre-migration-v" + installed + "-");
        backupTo(connection, target);
        prune(Kind.PRE_MIGRATION, KEEP_PRE_MIGRATION);
        return target;
    }

    /** Backs up before a CSV import changes many applications at once; prunes old ones. */
    public Path beforeImport(Connection connection) {
        Path target = unique("pre-import-");
        backupTo(connection, target);
        prune(Kind.PRE_IMPORT, KEEP_PRE_IMPORT);
        return target;
    }

    private Path unique(String prefix) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = folder().resolve(prefix + stamp + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = folder().resolve(prefix + stamp + "-" + i + ".zip");
        }
        return target;
    }

    private void backupTo(Connection connection, Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            OwnerOnly.createFolder(folder());
            Files.deleteIfExists(part);
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            OwnerOnly.restrict(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray .part file is never listed as a backup
            }
            throw new StoreException(StoreException.Kind.FAILED, "Backing up the database to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the backups of {@code kind} beyond the newest {@code keep}, but only when every one
     * of those newest opens; otherwise keeps them all, so a bad new backup never costs a good old one.
     */
    void prune(Kind kind, int keep) {
        List<Backup> ofKind = list().stream().filter(b -> b.kind() == kind)
                .sorted(Comparator.comparing(Backup::order).reversed()).toList();
        if (ofKind.size() <= keep) {
            return;
        }
        for (Backup kept : ofKind.subList(0, keep)) {
            if (!opens(kept.file())) {
                LOG.warning("A recent " + kind + " backup does not open; older backups are kept");
                return;
            }
        }
        for (Backup old : ofKind.subList(keep, ofKind.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete an old backup", e);
            }
        }
    }

    /** Whether the zip holds a database file that H2 opens and whose tables all read. */
    public static boolean opens(Path zip) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("nudge-check");
            Path db = temp.resolve("check" + DatabasePath.H2_EXTENSION);
            if (!extractDatabase(zip, db)) {
                return false;
            }
            return fileOpens(temp.resolve("check"));
        } catch (IOException e) {
            return false;
        } finally {
            deleteTree(temp);
        }
    }

    /** Opens the database {@code base} (without ".mv.db") read-only and reads every table. */
    static boolean fileOpens(Path base) {
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return false;
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean extractDatabase(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(DatabasePath.H2_EXTENSION)) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Replaces the database file with the one in {@code backup}; only while the database is closed.
     * The state it replaces is kept first: zipped as a pre-restore backup when it opens, otherwise
     * moved aside as {@code nudge.mv.db.damaged-<time>}. Nothing is ever deleted.
     */
    public Restored restore(Backup backup) {
        Path file = database.file();
        if (!opens(backup.file())) {
            throw new StoreException(StoreException.Kind.DAMAGED, "The backup " + backup.file()
                    + " does not open; nothing was changed. Choose another backup.", null);
        }
        ensureClosed(file);
        try {
            OwnerOnly.createFolder(folder());
            Optional<Path> saved = Optional.empty();
            Optional<Path> movedAside = Optional.empty();
            if (Files.exists(file)) {
                if (fileOpens(database.base())) {
                    Path target = unique("pre-restore-");
                    zipFile(file, target);
                    saved = Optional.of(target);
                    prune(Kind.PRE_RESTORE, KEEP_PRE_RESTORE);
                } else {
                    Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
                    Files.move(file, aside);
                    movedAside = Optional.of(aside);
                }
            }
            Path incoming = file.resolveSibling(file.getFileName() + ".restoring");
            if (!extractDatabase(backup.file(), incoming)) {
                throw new IOException("the backup holds no database file");
            }
            OwnerOnly.restrict(incoming);
            Files.move(incoming, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(backup, saved, movedAside);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "Restoring " + backup.file() + " failed: " + e.getMessage()
                    + ". Your backups in " + folder() + " are unchanged.", e);
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
            throw new StoreException(StoreException.Kind.FAILED, "Cannot check whether " + file + " is in use: " + e.getMessage(), e);
        }
    }

    private static StoreException inUse(Path file) {
        return new StoreException(StoreException.Kind.IN_USE, "The database " + file
                + " is open; close Nudge (and any command using it) before restoring.", null);
    }

    private static void zipFile(Path file, Path target) throws IOException {
        AtomicFiles.writePrivate(target, raw -> {
            // Closing the zip closes the stream underneath too; AtomicFiles' own close is then a no-op.
            try (ZipOutputStream out = new ZipOutputStream(raw); InputStream in = Files.newInputStream(file)) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                in.transferTo(out);
                out.closeEntry();
            }
        });
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp folder left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
