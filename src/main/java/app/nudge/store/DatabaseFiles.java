package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import app.nudge.common.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The database file as a file: the sibling temporaries that copy-and-swap writes into, their
 * clean-up after a killed run, the checks that the user may write it, syncing and the two kinds of
 * move (publishing a new file without replacing anything; replacing the file atomically).
 */
final class DatabaseFiles {

    /** What a sibling temporary is for; its name is {@code <name>.<kind>-<16 hex>.mv.db}. */
    enum TempKind {
        CREATING, REWRITING;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseFiles() {
    }

    /** A new sibling temporary's base (without ".mv.db"), named so that only we match it later. */
    static Path tempBase(DatabasePath path, TempKind kind) {
        return tempBase(path, path.folder(), kind);
    }

    /** As {@link #tempBase(DatabasePath, TempKind)}, in {@code folder} (where the real file is, for a link). */
    static Path tempBase(DatabasePath path, Path folder, TempKind kind) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return folder.resolve(path.base().getFileName() + "." + kind.word() + "-" + HexFormat.of().formatHex(random));
    }

    /**
     * The file itself: when the database file is a symbolic link (to a synced folder, say), the
     * swap replaces the file it points to, never the link.
     */
    static Path realFile(DatabasePath path) throws IOException {
        return path.file().toRealPath();
    }

    static Path h2File(Path base) {
        return base.resolveSibling(base.getFileName() + DatabasePath.H2_EXTENSION);
    }

    /**
     * Deletes the temporaries a killed run left beside {@code path}: only names of our pattern for
     * this very database, and only those no process holds locked (another Nudge may be creating or
     * rewriting right now). Best effort: what cannot be deleted now is tried at the next open.
     */
    static void deleteLeftovers(DatabasePath path) {
        deleteLeftovers(path, path.folder());
        try {
            Path real = Files.exists(path.file()) ? realFile(path).getParent() : path.folder();
            if (!real.equals(path.folder())) {
                deleteLeftovers(path, real);
            }
        } catch (IOException ignored) {
            // the folder of a link's target cannot be read: its leftovers wait
        }
    }

    private static void deleteLeftovers(DatabasePath path, Path folder) {
        Pattern ours = Pattern.compile(Pattern.quote(path.base().getFileName().toString())
                + "\\.(?:creating|rewriting)-[0-9a-f]{16}");
        Set<String> bases = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.', path.base().getFileName().toString().length() + 1);
                String base = dot < 0 ? name : name.substring(0, dot);
                if (ours.matcher(base).matches()) {
                    bases.add(base);
                }
            }
        } catch (IOException e) {
            return;
        }
        for (String base : bases) {
            Path temp = folder.resolve(base);
            if (!lockedElsewhere(h2File(temp))) {
                deleteTemp(temp);
            }
        }
    }

    /** Deletes a temporary and whatever H2 put beside it (a trace or temp file of the same name). */
    static void deleteTemp(Path base) {
        String prefix = base.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(base.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // deleted at the next writable open
        }
    }

    private static boolean lockedElsewhere(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    /**
     * Refuses, before anything is written, a database the user cannot write: a read-only file, or a
     * folder where the copy beside it cannot be made. A read-only file is refused even in a
     * writable folder, where the swap's rename could replace it: read-only is the user's choice.
     */
    static void requireWritable(DatabasePath path) {
        Path file = path.file();
        if (Files.exists(file) && !writable(file)) {
            throw readOnly(path, Texts.t("store.readOnly.file"));
        }
        Path folder = path.folder();
        if (Files.isDirectory(folder) && !writable(folder)) {
            throw readOnly(path, Texts.t("store.readOnly.folder", "folder", folder));
        }
    }

    /**
     * Whether we may, and mean to, write {@code p}: the system says so, and the owner (when that is
     * us) has not taken their own write permission away. The second check matters for root, whom
     * the system lets write anything: a 0444 file is still a file its owner made read-only.
     */
    static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            if (view == null) {
                return true;
            }
            var attributes = view.readAttributes();
            boolean ours = attributes.owner().getName().equals(System.getProperty("user.name"));
            return !ours || attributes.permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return true; // the system said writable; H2 will tell if it is not
        }
    }

    static StoreException readOnly(DatabasePath path, String why) {
        return new StoreException(StoreException.Kind.READ_ONLY, Texts.t("store.readOnly", "path", path, "reason", why), null);
    }

    /** Creates {@code file} empty and owner-only before anything goes into it. */
    static void createPrivate(Path file) throws IOException {
        Files.createFile(file);
        app.nudge.common.OwnerOnly.restrict(file);
    }

    /** Gives {@code to} the POSIX mode of {@code from}: a file that is replaced keeps the mode it had. */
    static void copyMode(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Flushes the file's content to the disk. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename) to the disk; not possible on every system (Windows), where it is skipped. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the rename is still atomic; only its durability across a power cut is the system's
        }
    }

    /**
     * Puts a complete new file at {@code target} only if nothing is there: a hard link fails when
     * the name exists (a plain rename would replace it), then the temporary name goes. Where links
     * are not supported, a move without replace (checked, then renamed) is used.
     *
     * @return false when a file appeared at {@code target} meanwhile (nothing was replaced)
     */
    static boolean publishNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            return moveWithoutReplacing(temp, target);
        } catch (IOException e) {
            if (Files.exists(target)) {
                return false;
            }
            return moveWithoutReplacing(temp, target);
        }
        Files.delete(temp);
        return true;
    }

    private static boolean moveWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Replaces {@code target} by {@code temp} in one rename: a reader sees the old file or the new one. */
    static void replace(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Before a writable open: the folder (only folders made here are made owner-only), the check
     * that the user may write, the clean-up of a killed run's temporaries, and a new database
     * built complete beside the final name and only then put there ({@link NewDatabase}).
     */
    static boolean prepareForWriting(DatabasePath path, Migrations migrations, Consumer<Database> firstContent) {
        try {
            if (!Files.isDirectory(path.folder())) {
                OwnerOnly.createFolder(path.folder());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.cannotCreateFolder", "folder", path.folder(), "reason", FileReasons.of(e)), e);
        }
        requireWritable(path);
        deleteLeftovers(path);
        return !Files.exists(path.file()) && NewDatabase.create(path, migrations, SwapWrite.Steps.NONE, firstContent)
                && firstContent != null;
    }
}
