package app.nudge.store;

import app.nudge.i18n.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the append-only database file from growing without bound, without ever giving up what an
 * append-only file buys.
 *
 * <p>Why append-only ({@code REUSE_SPACE=FALSE} in {@link Database#url}): H2 2.5.252 writes each
 * commit as a new chunk and names a chunk in its file header, but it does not rewrite the header
 * when it writes a chunk into reused (freed) space; after a kill it settles on the chunk the header
 * names and the newer ones it reaches from there, and a newer chunk written into a freed hole can be
 * out of its reach. Files left by a kill then opened in an older state (94 committed applications,
 * H2 read 92): 29 to 33 of 60 in HealthyFileCheckTest and 219 of 300 in KillStateTest lost committed
 * changes, or, since the check before each open ({@link StoreFileCheck}), were refused as damaged. With space never reused every new chunk
 * goes after the last one ({@code RandomAccessStore.allocateChunkSpace} reserves everything below
 * {@code getAfterLastBlock()}), H2's own compaction at close only appends rewritten pages (its
 * in-place chunk moves, {@code compactMoveChunks}, run only when space is reused), and the file
 * only grows at its end: every committed chunk stays where H2 finds it.
 *
 * <p>What bounds the file: freed chunks are never reused, so now and then (after the app's first
 * plan, on the database thread) a file much larger than its live data is compacted on a copy by
 * H2's own {@code SHUTDOWN COMPACT} (which writes every live page into a fresh file) and swapped in
 * by {@link SwapWrite}: a kill at any moment leaves the old file or the new one, never half of one.
 */
public final class StoreCompaction {

    /** Below this a file is left alone: compacting it would save little and cost a copy at start-up. */
    static final long MIN_FILE_BYTES = 4L * 1024 * 1024;
    /**
     * Compacted when the file is more than this many times its live data. Measured: a save appends
     * 27 KB (400 applications) to 48 KB (10,000); 10,000 applications compact to 2.9 MB, so there a
     * compaction (0.5 to 0.7 s, on a copy) comes after about 200 saves, at most once per start; a
     * small database waits for the 4 MB (about 150 saves). Between compactions the file stays
     * below three times its data plus one session's saves.
     */
    static final int MAX_FILE_TO_LIVE = 3;

    /** What H2 says about the open file: its size, and how much of it live chunks and live pages fill. */
    record Measure(long fileBytes, int fillPercent, int chunksFillPercent) {
        /** Bytes of live pages: the share of the file in live chunks, times how full those chunks are. */
        long liveBytes() {
            return fileBytes * fillPercent / 100 * chunksFillPercent / 100;
        }

        boolean due() {
            return fileBytes >= MIN_FILE_BYTES && fileBytes > MAX_FILE_TO_LIVE * Math.max(liveBytes(), 1);
        }
    }

    private StoreCompaction() {
    }

    /**
     * On the database thread: compacts the file through a copy when it is due, and says whether it
     * did. Refused (as open elsewhere) while another process holds the file; the file then stays as it is.
     */
    public static boolean compactIfDue(Database db) {
        if (db.path().isServer() || !measure(db).due()) {
            // A server reclaims its own space (autovacuum): nothing for Nudge to do there.
            return false;
        }
        compact(db);
        return true;
    }

    /** Compacts now, whatever the measure: a copy, H2's full compaction of the copy, the swap. */
    static void compact(Database db) {
        db.rewriteWhole(() -> {
            try (Statement st = db.connection().createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.compactFailed", "path", db.path(),
                        "reason", Database.h2Detail(e)), e);
            }
            return null;
        });
    }

    /** H2's figures for the open file ({@code INFORMATION_SCHEMA.SETTINGS}, the {@code info.} entries). */
    static Measure measure(Database db) {
        return db.read(c -> {
            Map<String, String> info = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                         + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    info.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Measure(number(info, "info.FILE_SIZE"), (int) number(info, "info.FILL_RATE"),
                    (int) number(info, "info.CHUNKS_FILL_RATE"));
        });
    }

    private static long number(Map<String, String> info, String name) {
        try {
            return Long.parseLong(info.getOrDefault(name, "100").trim());
        } catch (NumberFormatException e) {
            return 100; // an unknown figure never makes a compaction due (a file size of 100 bytes is below the minimum)
        }
    }
}
