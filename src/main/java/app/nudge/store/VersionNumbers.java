package app.nudge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The versions a write stores, drawn from the schema's one sequence (migration V5): unique across
 * the schema, so a version seen of a record deleted since, or replaced by an import, never matches
 * the version of the record now stored under that id. A sequence is not rolled back with a failed
 * write; the gap is harmless, only equality matters.
 */
final class VersionNumbers {

    private VersionNumbers() {
    }

    /** One new version for each of {@code ids}, in one statement (an import is thousands of rows). */
    static Map<String, Long> take(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        try (PreparedStatement ps = c.prepareStatement(query(c))) {
            ps.setInt(1, ids.size());
            try (ResultSet rs = ps.executeQuery()) {
                Iterator<String> id = ids.iterator();
                while (rs.next() && id.hasNext()) {
                    versions.put(id.next(), rs.getLong(1));
                }
            }
        }
        if (versions.size() != ids.size()) {
            throw new SQLException("the version sequence gave " + versions.size() + " of " + ids.size() + " numbers");
        }
        return versions;
    }

    private static String query(Connection c) throws SQLException {
        // The one statement that differs: PostgreSQL has no NEXT VALUE FOR, H2 no generate_series.
        return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")
                ? "SELECT nextval('application_version') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR application_version FROM SYSTEM_RANGE(1, ?)";
    }
}
