package app.nudge.exchange;

import app.nudge.i18n.Texts;
import app.nudge.common.AtomicFiles;
import app.nudge.common.FileReasons;
import app.nudge.common.OwnerOnly;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ImportTransaction;
import app.nudge.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * This computer's copy of a search kept on a server, so that a start while the server cannot be
 * reached still shows the plan (read-only) instead of a dialog. One exchange file ({@value #FILE})
 * in the server's LOCAL folder ({@link DatabasePath#folder()}, never on the server), replaced whole
 * by each write (the newest wins; a crash leaves the previous copy) and readable by the user only:
 * it is personal data. At start it becomes a read-only H2 stand-in in {@value #STAND_IN}/ beside it.
 */
public final class ServerCopy {

    public static final String FILE = "server-copy.json";
    static final String STAND_IN = "stand-in";

    /** The copy read back: what it holds and when it was written (this computer's time). */
    public record Copy(ExchangeDocument document, LocalDateTime taken) {
    }

    /** A stand-in opened from the copy: every change refused. */
    public record StandIn(Database database, LocalDateTime taken) {
    }

    private final DatabasePath server;
    private final Predicate<String> knownCountry;

    public ServerCopy(DatabasePath server, Predicate<String> knownCountry) {
        if (!server.isServer()) {
            throw new IllegalArgumentException("a copy is kept for a schema on a server only: " + server);
        }
        this.server = server;
        this.knownCountry = knownCountry;
    }

    public Path file() {
        return server.folder().resolve(FILE);
    }

    /**
     * Writes what {@code db} (the server's schema) holds now, in one consistent read, over the
     * previous copy. On the database thread. A failure leaves the previous copy as it was.
     */
    public void write(Database db) {
        Path target = file();
        try {
            if (!Files.isDirectory(target.getParent())) {
                OwnerOnly.createFolder(target.getParent());
            }
            AtomicFiles.writePrivate(target, out -> new ExchangeService(db, knownCountry).exportTo(out));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.serverCopy.cannotKeep", "file", target,
                    "reason", FileReasons.of(e)), e);
        }
    }

    /**
     * The copy, or empty when this computer has none yet.
     *
     * @throws StoreException (DAMAGED) when the copy does not read back as an exchange file: it is not used
     */
    public Optional<Copy> read() {
        Path file = file();
        try (InputStream in = Files.newInputStream(file)) {
            ExchangeDocument document = new ExchangeReader(knownCountry).read(in);
            LocalDateTime taken = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            return Optional.of(new Copy(document, taken));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unusable(file, FileReasons.of(e), e);
        } catch (ExchangeException e) {
            throw unusable(file, e.userMessage(), e);
        }
    }

    private static StoreException unusable(Path file, String why, Exception e) {
        return new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.serverCopy.unreadable", "file", file,
                "reason", why), e);
    }

    /**
     * Opens the copy as a stand-in for the server: a fresh H2 file in {@value #STAND_IN}/ (the one
     * from a previous start deleted first), filled from the copy, every change then refused with
     * {@code refusal}. Empty when there is no copy. On the database thread.
     */
    public Optional<StandIn> openStandIn(String refusal) {
        Optional<Copy> copy = read();
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        DatabasePath standIn = standInPath();
        deleteStandIn();
        try {
            OwnerOnly.createFolder(standIn.folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.serverCopy.cannotShow", "reason", FileReasons.of(e)), e);
        }
        ExchangeDocument document = copy.get().document();
        // Created empty, then filled in one transaction (through a copy of the file, SwapWrite): not
        // created with its content, which checks every row again on opening, a cost a throwaway
        // stand-in need not pay (a half-built one is deleted at the next start anyway).
        Database db = Database.openOrCreate(standIn);
        try {
            new ImportTransaction(db).store(document.settings(), document.applications());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        db.refuseChanges(refusal);
        return Optional.of(new StandIn(db, copy.get().taken()));
    }

    /** Deletes the stand-in's files (after it was closed): it is only ever a copy of the copy. */
    public void deleteStandIn() {
        Path folder = standInPath().folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.serverCopy.cannotClear", "folder", folder, "reason", FileReasons.of(e)), e);
        }
    }

    private DatabasePath standInPath() {
        return new DatabasePath(server.folder().resolve(STAND_IN).resolve("nudge"));
    }
}
