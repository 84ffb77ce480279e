package app.nudge.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that a crash leaves either the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Content for {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write}, for a file that holds personal data inside the data folder: readable only
     * by the user, restricted before any content goes in.
     */
    public static void writePrivate(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            // Refused before anything is written: moving a file onto a folder fails only at the end.
            throw new FileSystemException(absolute.toString(), null, "it is a folder; name a file");
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        boolean done = false;
        try {
            if (ownerOnly) {
                Files.deleteIfExists(tmp);
                Files.createFile(tmp);
                OwnerOnly.restrict(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(tmp); // whatever failed (the content, the disk, the move): no half file is left
            }
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the failure being thrown matters more; a stray .tmp is never read as the file
        }
    }
}
