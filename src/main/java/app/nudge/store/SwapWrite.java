package app.nudge.store;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A large write made all-or-nothing by construction: copy the closed database file to a sibling,
 * write into the copy, then rename the copy over the file.
 *
 * <p>Why not one big H2 transaction: after a kill -9 in the middle of a large transaction, H2 was
 * seen reopening the file with thousands of half-written rows that every later read refused
 * ("Timeout trying to lock table"); its recovery of a huge uncommitted transaction is not
 * something to rely on. A rename within one folder is atomic: a kill at any moment leaves the
 * original file untouched (plus a temporary that the next open deletes) or the complete new one.
 *
 * <p>The original is locked (the same OS file lock H2 takes) for the whole operation, so no other
 * process opens it between the copy and the rename; a file someone holds is refused as open
 * elsewhere. The lock is taken and the copy read through one channel: on POSIX systems closing
 * any other channel of the file would drop the lock.
 */
final class SwapWrite {

    /** The moments of a swap, for tests that check the files at each one (as a kill would leave them). */
    enum Step { BEFORE_COPY, AFTER_COPY, AFTER_WORK, BEFORE_MOVE, AFTER_MOVE }

    /** Told each step as it is reached; tests fail or look at the files there. */
    @FunctionalInterface
    interface Steps {
        Steps NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    /** The work, given the copy's base path (without ".mv.db"); it must close what it opens on the copy. */
    @FunctionalInterface
    interface OnCopy<T> {
        T run(Path copyBase);
    }

    private SwapWrite() {
    }

    /**
     * Runs {@code work} on a copy of the (closed) database file and swaps the copy in when the work
     * returns. When anything fails before the rename, the original is left byte for byte as it was
     * and the copy is deleted.
     */
    static <T> T run(DatabasePath path, Steps steps, OnCopy<T> work) {
        DatabaseFiles.requireWritable(path);
        try {
            return run(path, DatabaseFiles.realFile(path), steps, work);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.writeFailed", "path", path,
                    "reason", app.nudge.common.FileReasons.of(e)), e);
        }
    }

    private static <T> T run(DatabasePath path, Path original, Steps steps, OnCopy<T> work) throws IOException {
        try (FileChannel channel = FileChannel.open(original, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw openElsewhere(path);
            }
            Path copyBase = DatabaseFiles.tempBase(path, original.getParent(), DatabaseFiles.TempKind.REWRITING);
            Path copy = DatabaseFiles.h2File(copyBase);
            boolean moved = false;
            try {
                steps.reached(Step.BEFORE_COPY);
                copy(channel, copy);
                DatabaseFiles.copyMode(original, copy);
                steps.reached(Step.AFTER_COPY);
                T result = work.run(copyBase);
                steps.reached(Step.AFTER_WORK);
                DatabaseFiles.sync(copy);
                steps.reached(Step.BEFORE_MOVE);
                DatabaseFiles.replace(copy, original);
                moved = true;
                DatabaseFiles.syncFolder(original.getParent());
                steps.reached(Step.AFTER_MOVE);
                return result;
            } finally {
                if (!moved) {
                    DatabaseFiles.deleteTemp(copyBase);
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this very process (another connection to the same file)
        }
    }

    static StoreException openElsewhere(DatabasePath path) {
        return new StoreException(StoreException.Kind.IN_USE, Texts.t("store.openElsewhere", "path", path), null);
    }

    /** Copies through the locked channel into a new owner-only file, synced before it counts as a copy. */
    private static void copy(FileChannel from, Path to) throws IOException {
        DatabaseFiles.createPrivate(to);
        try (FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE)) {
            long size = from.size();
            for (long done = 0; done < size; ) {
                done += from.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }
}
