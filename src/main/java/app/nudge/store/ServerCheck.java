package app.nudge.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * "Test connection" for a schema on a server: connects as the app would, looks whether the schema
 * already holds a search and how many applications, and changes nothing (no schema is created, no
 * migration runs). A failure is a {@link StoreException} in the same words as opening.
 */
public final class ServerCheck {

    /** What the server holds for the address: {@code applications} is 0 for a new schema. */
    public record Found(String schema, boolean exists, long applications) {
    }

    private ServerCheck() {
    }

    /** @param password typed for this test, or null for ~/.pgpass / PGPASSWORD; not kept */
    public static Found check(DatabasePath path, char[] password) {
        if (!path.isServer()) {
            throw new IllegalArgumentException("not a server address: " + path);
        }
        String schema = path.server().schema();
        try (Connection connection = ServerOpen.connect(path, password)) {
            connection.setReadOnly(true);
            if (!ServerOpen.schemaExists(connection, schema)) {
                return new Found(schema, false, 0);
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + path.server().quotedSchema() + ".\"application\"")) {
                rs.next();
                return new Found(schema, true, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw ServerOpen.translate(path, e);
        }
    }
}
