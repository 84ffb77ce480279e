package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import app.nudge.store.Backups.Backup;
import app.nudge.store.Backups.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one database's backups live and how their files are named: {@code daily-YYYY-MM-DD.zip},
 * {@code pre-migration-vN-<time>.zip}, {@code pre-restore-<time>.zip}. Only names of these forms
 * are listed, so a stray {@code .part} file or a user's own zip is never taken for a backup.
 */
final class BackupFolder {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "(daily)-(\\d{4}-\\d{2}-\\d{2})\\.zip|(pre-migration)-v(\\d+)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip"
                    + "|(pre-restore)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip"
                    + "|(pre-import)-(\\d{8}-\\d{6}(?:-\\d+)?)\\.zip");

    private final DatabasePath database;
    private final Clock clock;

    BackupFolder(DatabasePath database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * {@code backups/} beside the default {@code nudge} file; {@code backups-NAME/} beside any other,
     * so two data files in one folder never mistake each other's backups for their own.
     */
    Path path() {
        String name = database.base().getFileName().toString();
        return database.folder().resolve(name.equals(DataFolder.DATABASE_NAME) ? "backups" : "backups-" + name);
    }

    /** All backups, newest first. */
    List<Backup> list() {
        List<Backup> result = new ArrayList<>();
        if (!Files.isDirectory(path())) {
            return result;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path(), "*.zip")) {
            for (Path file : files) {
                parse(file).ifPresent(result::add);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.cannotList", "folder", path(), "reason", FileReasons.of(e)), e);
        }
        result.sort(Comparator.comparing(Backup::taken).thenComparing(Backup::order).reversed());
        return result;
    }

    /** The file for today's daily backup (it may exist already). */
    Path daily() {
        return path().resolve("daily-" + LocalDate.now(clock) + ".zip");
    }

    /** A file name starting with {@code prefix} and stamped with the time, that no backup has yet. */
    Path unique(String prefix) {
        String stamp = now().format(STAMP);
        Path target = path().resolve(prefix + stamp + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = path().resolve(prefix + stamp + "-" + i + ".zip");
        }
        return target;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static Optional<Backup> parse(Path file) {
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
}
