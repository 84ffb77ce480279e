package app.nudge.store;

import app.nudge.common.Causes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The version of each application one {@link ApplicationRepository} last read or wrote, and the
 * check every write makes against it (optimistic locking): the stored row is locked and its
 * version compared, so a write based on an older read is refused instead of overwriting a change
 * made meanwhile through another connection. An id read and found absent expects no row: a row
 * inserted meanwhile elsewhere is refused too, and a row deleted elsewhere is never brought back by
 * a write based on having seen it.
 *
 * <p>An id this instance never read is written as asked, whatever is stored (a tool's or a test's
 * write, the copy of a whole search): WHY not refused, only a write based on a read can be based on
 * an older one, and every change of the app's service reads through the same instance first.
 *
 * <p>Used on one thread at a time, as its repository is.
 */
final class SeenVersions {

    /** Stands for "read, and not stored" (stored versions start at 1). */
    private static final long ABSENT = 0;

    private final Map<String, Long> versions = new HashMap<>();

    void remember(String id, long version) {
        versions.put(id, version);
    }

    /** {@code id} was read (or deleted here) and is not stored. */
    void forget(String id) {
        versions.put(id, ABSENT);
    }

    /** Everything was read: what was known and is not among {@code found} is not stored now. */
    void forgetAllBut(java.util.Set<String> found) {
        versions.replaceAll((id, version) -> found.contains(id) ? version : ABSENT);
    }

    /**
     * Inside the write's transaction: locks {@code id}'s row (until commit or rollback; a concurrent
     * writer on PostgreSQL waits here and then sees the committed outcome) and refuses when it is not
     * the version seen. Returns whether a row is stored. The version written comes from
     * {@link VersionNumbers}: unique across the schema, so an id deleted and created again never
     * carries a version seen of the old record.
     */
    boolean lockAndCheck(Connection c, String id) throws SQLException {
        Long seen = versions.get(id);
        Long stored = lockedVersion(c, id);
        if (seen != null && seen.longValue() != (stored == null ? ABSENT : stored.longValue())) {
            throw new StaleApplicationException(id);
        }
        return stored != null;
    }

    private static Long lockedVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM application WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Whether a failed insert hit a row another connection inserted with the same id after the check
     * (SQLSTATE 23505, unique violation, on H2 and PostgreSQL alike; a batch may chain it).
     */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (Causes.anyMatch(s, t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a failed write of the applications {@code written} (those in {@code stored} had a row):
     * when a new one's id was inserted elsewhere after the check found no row, the write is refused
     * as stale (the change runs again and, for a new application, takes another id).
     */
    static void refuseIfInsertedElsewhere(SQLException e, java.util.Set<String> written, java.util.Set<String> stored) {
        if (isDuplicateKey(e)) {
            throw new StaleApplicationException(written.stream().filter(id -> !stored.contains(id))
                    .findFirst().orElse(written.iterator().next()));
        }
    }
}
