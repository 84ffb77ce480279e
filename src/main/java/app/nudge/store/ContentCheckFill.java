package app.nudge.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives every row stored before schema version 3 its check value ({@link ContentChecksum}), right
 * after Flyway's migrations and on the same file they ran on: during a migration that is the copy
 * {@link SwapWrite} swaps in only when all of it worked, so a kill leaves the old file or the new one
 * with every check filled, never a file whose rows lack them (which every read would refuse).
 *
 * <p>WHY in Java and not in the SQL migration: the check covers a whole application with its child
 * rows in a canonical encoding that must be computed by the one class that checks it on every read.
 * The values are computed from the rows as the repository reads them, so what was there before the
 * update reads back unchanged after it (nothing older had a check to compare with).
 */
final class ContentCheckFill {

    private ContentCheckFill() {
    }

    /** Fills the missing checks of the database at {@code base}; does nothing on a schema without them. */
    static void run(Path base) {
        try (Connection c = DriverManager.getConnection(H2Files.url(base, true), "sa", "")) {
            if (!hasChecks(c)) {
                return; // a schema older than version 3 (tests build those on purpose)
            }
            c.setAutoCommit(false);
            fillApplications(c);
            fillSettings(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("filling the check values failed", e);
        }
    }

    private static boolean hasChecks(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                     + " AND TABLE_NAME IN ('APPLICATION', 'SETTING') AND COLUMN_NAME = 'CONTENT_CHECK'")) {
            rs.next();
            return rs.getInt(1) == 2;
        }
    }

    private static void fillApplications(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE application SET content_check = ? WHERE id = ?")) {
            for (ApplicationRepository.Stored stored : ApplicationRepository.loadStored(c, null).applications()) {
                if (stored.check() == null) {
                    ps.setLong(1, ContentChecksum.of(stored.application()));
                    ps.setString(2, stored.application().id());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void fillSettings(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT setting_name, setting_value FROM setting WHERE content_check IS NULL");
             PreparedStatement ps = c.prepareStatement("UPDATE setting SET content_check = ? WHERE setting_name = ?")) {
            while (rs.next()) {
                ps.setLong(1, ContentChecksum.ofSetting(rs.getString(1), rs.getString(2)));
                ps.setString(2, rs.getString(1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
