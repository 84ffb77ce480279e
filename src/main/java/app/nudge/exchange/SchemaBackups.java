package app.nudge.exchange;

import app.nudge.i18n.Texts;
import app.nudge.common.AtomicFiles;
import app.nudge.common.FileReasons;
import app.nudge.common.OwnerOnly;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.ServerBackups;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of a search kept in a schema on a server: the exchange file of {@code nudge export},
 * written on this computer into the server's local folder ({@code backups/} in {@link
 * DatabasePath#folder()}), as a safety net beside the server's own backups. {@code
 * daily-YYYY-MM-DD.json} once a day (the last {@value #KEEP_DAILY} kept) and {@code
 * pre-import-<time>.json} before an import or a copy changes a schema that holds data (the last
 * {@value #KEEP_PRE_IMPORT}). Each is written whole or not at all, readable by the user only, and
 * read back before older ones are deleted. {@code nudge import FILE --db postgresql://...} brings
 * one back.
 *
 * <p>It lives here, not in the store, because it writes the exchange format: the store only
 * offers the seam ({@link Database#useServerBackups}).
 */
public final class SchemaBackups implements ServerBackups {

    public static final int KEEP_DAILY = Backups.KEEP_DAILY;
    public static final int KEEP_PRE_IMPORT = Backups.KEEP_PRE_IMPORT;

    private static final Logger LOG = Logger.getLogger(SchemaBackups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "daily-(\\d{4}-\\d{2}-\\d{2})\\.json|pre-import-(\\d{8}-\\d{6}(?:-\\d+)?)\\.json");

    private final Predicate<String> knownCountry;
    private final Clock clock;

    public SchemaBackups(Predicate<String> knownCountry, Clock clock) {
        this.knownCountry = knownCountry;
        this.clock = clock;
    }

    /** Gives {@code db} these backups when it is a schema on a server; a file keeps its own (zips). Returns {@code db}. */
    public static Database attachTo(Database db, Predicate<String> knownCountry) {
        if (db.path().isServer()) {
            db.useServerBackups(new SchemaBackups(knownCountry, Clock.systemDefaultZone()));
        }
        return db;
    }

    /** Where the backups of the schema at {@code path} are kept on this computer. */
    public static Path folder(DatabasePath path) {
        return path.folder().resolve("backups");
    }

    @Override
    public Optional<Path> daily(Database db) {
        Path target = folder(db.path()).resolve("daily-" + LocalDate.now(clock) + ".json");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        write(db, target);
        prune(db.path(), Backups.Kind.DAILY, KEEP_DAILY, target);
        return Optional.of(target);
    }

    @Override
    public Optional<Path> beforeImport(Database db) {
        Path folder = folder(db.path());
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = folder.resolve("pre-import-" + stamp + ".json");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve("pre-import-" + stamp + "-" + i + ".json");
        }
        write(db, target);
        prune(db.path(), Backups.Kind.PRE_IMPORT, KEEP_PRE_IMPORT, target);
        return Optional.of(target);
    }

    /** All backups of the schema at {@code path}, newest first (as {@link Backups#list()} gives a file's). */
    public static List<Backups.Backup> list(DatabasePath path) {
        Path folder = folder(path);
        List<Backups.Backup> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                parse(file).ifPresent(result::add);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.cannotList", "folder", folder, "reason", FileReasons.of(e)), e);
        }
        result.sort(Comparator.comparing(Backups.Backup::taken).thenComparing(Backups.Backup::order).reversed());
        return result;
    }

    private void write(Database db, Path target) {
        try {
            if (!Files.isDirectory(target.getParent())) {
                OwnerOnly.createFolder(target.getParent());
            }
            AtomicFiles.writePrivate(target, out -> new ExchangeService(db, knownCountry).exportTo(out));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.cannotWrite", "file", target, "reason", FileReasons.of(e)), e);
        }
    }

    /**
     * Deletes the backups of {@code kind} beyond the newest {@code keep}, only once the one just
     * written reads back as an exchange file: a bad new backup never costs a good old one.
     */
    private void prune(DatabasePath path, Backups.Kind kind, int keep, Path written) {
        if (!readsBack(written)) {
            LOG.warning("The backup just written does not read back; older backups are kept");
            return;
        }
        List<Backups.Backup> ofKind = list(path).stream().filter(b -> b.kind() == kind)
                .sorted(Comparator.comparing(Backups.Backup::order).reversed()).toList();
        for (Backups.Backup old : ofKind.subList(Math.min(keep, ofKind.size()), ofKind.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete an old backup", e);
            }
        }
    }

    private boolean readsBack(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            new ExchangeReader(knownCountry).read(in);
            return true;
        } catch (IOException | ExchangeException e) {
            LOG.log(Level.WARNING, "A backup does not read back", e);
            return false;
        }
    }

    private static Optional<Backups.Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            long size = Files.size(file);
            return Optional.of(m.group(1) != null
                    ? new Backups.Backup(file, Backups.Kind.DAILY, modified, size, m.group(1))
                    : new Backups.Backup(file, Backups.Kind.PRE_IMPORT, modified, size, m.group(2)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
