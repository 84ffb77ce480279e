package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.domain.Settings;
import app.nudge.settings.SettingsCodec;
import app.nudge.settings.UserSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's settings, stored in the database as name/value pairs so that a new setting needs
 * no migration. The names and the stored forms are {@link SettingsCodec}'s; this class only moves
 * the pairs in and out of the {@code setting} table.
 */
public final class SettingsRepository {

    // Kept for callers that write raw pairs (tests, mostly): the names are the codec's.
    public static final String YOUR_NAME = SettingsCodec.YOUR_NAME;
    public static final String YOUR_EMAIL = SettingsCodec.YOUR_EMAIL;
    public static final String YOUR_PHONE = SettingsCodec.YOUR_PHONE;
    public static final String SIGNATURE = SettingsCodec.SIGNATURE;
    public static final String COUNTRY = SettingsCodec.COUNTRY;
    public static final String PRESET = SettingsCodec.PRESET;

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(all().get(name));
    }

    public Map<String, String> all() {
        return db.read(c -> readAll(c, db.path()));
    }

    public void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    /** Writes several settings in one transaction. */
    public void putAll(Map<String, String> values) {
        db.inTransaction(c -> {
            write(c, values);
            ServerChanges.everything(db, c); // settings change every action of the plan
            return null;
        });
    }

    /** Every setting, typed (unreadable stored values become their defaults, with a logged warning). */
    public UserSettings settings() {
        return SettingsCodec.decode(all());
    }

    /** Stores every setting in one transaction. */
    public void save(UserSettings settings) {
        putAll(SettingsCodec.encode(settings));
    }

    /** The exchange format's part of the settings. */
    public Settings load() {
        return settings().you();
    }

    /** Stores the exchange format's part; the other settings stay as they are. */
    public void save(Settings settings) {
        putAll(toMap(settings));
    }

    /** Whether any setting was ever saved. */
    public boolean hasAny() {
        return !all().isEmpty();
    }

    /** Every setting, each checked against the check value stored with it: a mismatch is damage, refused. */
    static Map<String, String> readAll(Connection c, DatabasePath path) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_name, setting_value, content_check FROM setting");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String value = rs.getString(2);
                long check = rs.getLong(3);
                if (!ContentChecksum.matches(ContentChecksum.ofSetting(name, value), rs.wasNull() ? null : check)) {
                    throw StoreFileCheck.damaged(path, Texts.t("store.damaged.settingCheck"));
                }
                values.put(name, value);
            }
        }
        return values;
    }

    static void write(Connection c, Map<String, String> values) throws SQLException {
        // Delete, then insert, in the caller's transaction: the same SQL on H2 and PostgreSQL (MERGE ... KEY is H2's own).
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM setting WHERE setting_name = ?")) {
            for (String name : values.keySet()) {
                delete.setString(1, name);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (setting_name, setting_value, content_check)"
                + " VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                String value = e.getValue() == null ? "" : e.getValue();
                ps.setString(1, e.getKey());
                ps.setString(2, value);
                ps.setLong(3, ContentChecksum.ofSetting(e.getKey(), value));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Map<String, String> toMap(Settings s) {
        return SettingsCodec.encodeYou(s);
    }
}
