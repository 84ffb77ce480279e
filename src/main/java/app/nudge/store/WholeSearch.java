package app.nudge.store;

import app.nudge.domain.Application;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Everything one search holds, as {@code nudge copy} moves it: every application (with its
 * contacts, rounds and events) and every stored setting, read at one moment ({@link ConsistentRead}).
 */
public record WholeSearch(Map<String, String> settings, List<Application> applications) {

    public WholeSearch {
        settings = Map.copyOf(settings);
        applications = List.copyOf(applications);
    }

    /** Reads all of {@code db} on one snapshot. */
    public static WholeSearch readFrom(Database db) {
        return ConsistentRead.of(db, () -> new WholeSearch(new SettingsRepository(db).all(), new ApplicationRepository(db).findAll()));
    }

    /** Whether there is nothing in it: no application and no setting. */
    public boolean isEmpty() {
        return settings.isEmpty() && applications.isEmpty();
    }

    static boolean isEmpty(Connection c) throws SQLException {
        return count(c, "application") == 0 && count(c, "setting") == 0;
    }

    private static int count(Connection c, String table) throws SQLException {
        // table is one of our two constant names, never user input
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
