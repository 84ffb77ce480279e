package app.nudge.store;

import app.nudge.i18n.Texts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, on a read-only connection, that a file holds a whole Nudge database: Flyway's schema
 * history is there with every row successful and a version this Nudge knows, every table of the
 * schema is there, and every row of every table and of every index reads. A file without Nudge's
 * schema is damaged, not empty: Nudge never leaves a half-made database as the user's file.
 */
final class StoreContentCheck {

    static final Set<String> TABLES = Set.of("APPLICATION", "CONTACT", "INTERVIEW_ROUND", "ROUND_INTERVIEWER", "EVENT",
            "SETTING", "flyway_schema_history");

    /** What to do with a schema older than this Nudge's. */
    enum Older { MIGRATE, REFUSE }

    private StoreContentCheck() {
    }

    /**
     * The first half of the check: the schema history is whole, of a version this Nudge may open, and
     * (when current) every table is there. Returns the installed schema version; throws
     * {@link StoreException} when the content fails.
     */
    static int version(Connection connection, DatabasePath path, int current, Older older) {
        int installed;
        try {
            installed = schemaVersion(connection, path);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException s) {
                throw s;
            }
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.history"));
        }
        if (installed > current) {
            throw new StoreException(StoreException.Kind.TOO_NEW, Texts.t("store.tooNew", "path", path,
                    "schema", installed, "current", current), null);
        }
        if (installed < current && older == Older.REFUSE) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.tooOld", "path", path,
                    "schema", installed, "current", current), null);
        }
        try {
            if (installed == current && !tables(connection).keySet().containsAll(TABLES)) {
                throw StoreFileCheck.damaged(path, Texts.t("store.damaged.tablesMissing"));
            }
        } catch (SQLException e) {
            throw unreadable(path, e);
        }
        return installed;
    }

    /** The second half of the check, after {@link #version}: every row of every table and index reads. */
    static void readInFull(Connection connection, DatabasePath path) {
        try {
            readEverything(connection, path);
        } catch (SQLException | RuntimeException e) {
            throw e instanceof StoreException s ? s : unreadable(path, e);
        }
    }

    private static StoreException unreadable(DatabasePath path, Exception e) {
        return new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.damaged", "path", path,
                "problem", Texts.t("store.damaged.partUnreadable"), "whatToDo", Database.whatToDo(path)), e);
    }

    private static int schemaVersion(Connection connection, DatabasePath path) throws SQLException {
        if (!tables(connection).containsKey("flyway_schema_history")) {
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.noSchema"));
        }
        int max = -1;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    throw StoreFileCheck.damaged(path, Texts.t("store.damaged.halfUpdate"));
                }
                String version = rs.getString(1);
                if (version != null) {
                    max = Math.max(max, Integer.parseInt(version.split("\\.")[0]));
                }
            }
        }
        if (max < 0) {
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.noSchema"));
        }
        return max;
    }

    /** Table name to its columns, in the PUBLIC schema. */
    private static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    /**
     * Reads every column of every row of every table (a scan: COUNT(*) is answered from metadata and
     * would prove nothing), then walks every index in its own order and checks it has as many entries.
     */
    private static void readEverything(Connection connection, DatabasePath path) throws SQLException {
        Map<String, List<String>> tables = tables(connection); // every table there was checked by version()
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            for (String table : tables.keySet()) {
                long count = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table))) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        count++;
                    }
                }
                rows.put(table, count);
            }
            for (Index index : indexes(connection)) {
                long count = 0;
                String columns = String.join(", ", index.columns().stream().map(StoreContentCheck::quote).toList());
                try (ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + quote(index.table())
                        + " USE INDEX (" + quote(index.name()) + ") ORDER BY " + columns)) {
                    while (rs.next()) {
                        count++;
                    }
                }
                if (count != rows.getOrDefault(index.table(), -1L)) {
                    throw StoreFileCheck.damaged(path, Texts.t("store.damaged.index",
                            "table", index.table().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
    }

    private record Index(String table, String name, List<String> columns) {
    }

    private static List<Index> indexes(Connection connection) throws SQLException {
        Map<List<String>, List<String>> columns = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                columns.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        return columns.entrySet().stream().map(e -> new Index(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
