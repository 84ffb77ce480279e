package app.nudge.store;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Checks an H2 file before H2 opens it as a database. H2 silently falls back to an OLDER chunk when
 * the newest one is cut or damaged, so a file cut short reads as an older, or an empty, database;
 * a writable open would then write a fresh schema into it. This check refuses such a file instead.
 *
 * <p>Refused: a file shorter than its two headers; no file header that checksums; no complete chunk
 * (no data at all); the header's chunk missing, cut or with a bad footer (unless a
 * complete newer chunk was written over it); after an unclean end (no "clean" mark), a chunk newer
 * than the header's that is cut or has a bad footer; and, with H2's own store opened read-only, a
 * state older than the header names or than a complete newer chunk, or a live chunk of the layout
 * that is not complete in the file, or a directory of tables in which a table holding data cannot be
 * looked up ({@link StoreMapDirectory}). Under a clean header a newer chunk is only a write that never
 * finished (its commit never returned), which H2 ignores by design, so it is not counted; after an
 * unclean end the same holds for the newest chunk at the very end of the file, torn by the kill
 * (the file is append-only, see {@link Database#url}: a kill can only tear the last write, and that
 * write was never acknowledged). A cut that removes exactly the end of such a file looks the same
 * and is read as H2 reads it, without that last write.
 */
final class StoreFileCheck {

    private StoreFileCheck() {
    }

    /** Throws {@link StoreException} DAMAGED (with the way out) when the file fails; reads only. */
    static void verify(DatabasePath path) {
        StoreFileLayout layout;
        try {
            layout = StoreFileLayout.read(path.file());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.cannotRead", "path", path,
                    "reason", e.getMessage()), e);
        }
        problem(layout).ifPresent(problem -> {
            throw damaged(path, problem);
        });
        verifyWithH2(path, layout);
    }

    /** What is wrong with the file's headers and chunks, in words; empty when nothing is. */
    static Optional<String> problem(StoreFileLayout layout) {
        if (layout.size() < 2L * StoreFileLayout.BLOCK_SIZE) {
            return Optional.of(Texts.t("store.damaged.short", "bytes", layout.size()));
        }
        if (layout.header().isEmpty()) {
            return Optional.of(Texts.t("store.damaged.headers"));
        }
        StoreFileLayout.FileHeader header = layout.header().get();
        if (header.blockSize() != StoreFileLayout.BLOCK_SIZE || header.format() > 3) {
            return Optional.of(Texts.t("store.damaged.format"));
        }
        if (layout.chunks().stream().noneMatch(StoreFileLayout.ChunkAt::complete)) {
            return Optional.of(header.chunk().isEmpty() && layout.size() == 2L * StoreFileLayout.BLOCK_SIZE
                    ? Texts.t("store.damaged.noData") : Texts.t("store.damaged.noCompleteData"));
        }
        // A header names no chunk when the file was created and never closed: H2 writes it before the
        // first chunk and, while chunks are only appended, not again. Then every chunk is newer.
        boolean headerChunkThere = header.chunk().isEmpty() && !header.clean()
                || header.chunk().isPresent() && layout.completeChunk(header.block(), header.chunk().get()).isPresent()
                || layout.chunks().stream().anyMatch(c -> c.complete() && c.version() > header.version()
                        && (c.block() == header.block() || c.covers(header.block())));
        if (!headerChunkThere) {
            return Optional.of(header.block() * StoreFileLayout.BLOCK_SIZE >= layout.size()
                    ? Texts.t("store.damaged.newestPastEnd")
                    : Texts.t("store.damaged.newestCut"));
        }
        if (!header.clean()) {
            for (StoreFileLayout.ChunkAt c : layout.chunks()) {
                if (!c.complete() && c.version() > header.version() && !layout.isInsideNewerChunk(c)
                        && !layout.isUnfinishedLastWrite(c)) {
                    return Optional.of(c.end() * StoreFileLayout.BLOCK_SIZE > layout.size()
                            ? Texts.t("store.damaged.lastPastEnd")
                            : Texts.t("store.damaged.lastDamaged"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Opens H2's store read-only (no byte is written) and compares the state H2 settles on with what
     * the file holds: H2 must not fall back below the header or below a complete newer chunk, and
     * every chunk still holding live data must be complete where the layout says it is.
     */
    private static void verifyWithH2(DatabasePath path, StoreFileLayout layout) {
        StoreFileLayout.FileHeader header = layout.header().orElseThrow();
        try (MVStore store = new MVStore.Builder().fileName(path.file().toString()).readOnly().open()) {
            long settled = store.getCurrentVersion();
            if (settled < header.version()) {
                throw damaged(path, Texts.t("store.damaged.newestUnreadable"));
            }
            if (!header.clean()) {
                for (StoreFileLayout.ChunkAt c : layout.chunks()) {
                    if (c.complete() && c.version() > settled && !layout.isInsideNewerChunk(c)) {
                        throw damaged(path, Texts.t("store.damaged.lastUnreadable"));
                    }
                }
            }
            for (Map.Entry<String, String> entry : store.getLayoutMap().entrySet()) {
                if (entry.getKey().startsWith("chunk.") && !liveChunkComplete(layout, entry)) {
                    throw damaged(path, Texts.t("store.damaged.dataMissing"));
                }
            }
            // A table H2 cannot look up opens as a new empty one: no row is left for a content check to fail.
            StoreMapDirectory.problem(store).ifPresent(problem -> {
                throw damaged(path, problem);
            });
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreException(StoreException.Kind.IN_USE, Texts.t("store.inUse", "path", path), e);
            }
            throw damaged(path, Texts.t("store.damaged.storeUnopenable"), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // H2 reports what it cannot make sense of in several kinds (its DbException, state and
            // argument errors, a number that does not parse): all of them mean the file is damaged.
            throw damaged(path, Texts.t("store.damaged.storeUnopenable"), e);
        } catch (AssertionError e) {
            // H2's own consistency asserts (on under java -ea, as in the tests) fire on damaged chunk data.
            throw damaged(path, Texts.t("store.damaged.storeUnopenable"), e);
        }
    }

    private static boolean liveChunkComplete(StoreFileLayout layout, Map.Entry<String, String> entry) {
        Map<String, String> chunk = StoreFileLayout.parseMap(entry.getValue());
        long block = Long.parseUnsignedLong(chunk.getOrDefault("block", "0"), 16);
        long pages = Long.parseUnsignedLong(chunk.getOrDefault("pages", "0"), 16);
        long live = Long.parseUnsignedLong(chunk.getOrDefault("livePages", Long.toHexString(pages)), 16);
        if (block == 0 || live == 0) {
            return true; // a dead chunk: H2 never reads it again, so it may be gone
        }
        int id = (int) Long.parseUnsignedLong(chunk.get("chunk"), 16);
        return layout.completeChunk(block, id).isPresent();
    }

    static StoreException damaged(DatabasePath path, String problem) {
        return damaged(path, problem, null);
    }

    static StoreException damaged(DatabasePath path, String problem, Throwable cause) {
        return new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.damaged", "path", path, "problem", problem,
                "whatToDo", Database.whatToDo(path)), cause);
    }
}
