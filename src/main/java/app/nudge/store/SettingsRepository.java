package app.nudge.store;

import app.nudge.domain.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's settings, stored in the database as name/value pairs so that a new setting needs
 * no migration. The exchange-format settings are under the names of {@link Settings}' fields.
 */
public final class SettingsRepository {

    public static final String YOUR_NAME = "yourName";
    public static final String YOUR_EMAIL = "yourEmail";
    public static final String YOUR_PHONE = "yourPhone";
    public static final String SIGNATURE = "signature";
    public static final String COUNTRY = "country";
    public static final String PRESET = "preset";

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(all().get(name));
    }

    public Map<String, String> all() {
        return db.read(SettingsRepository::readAll);
    }

    public void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    /** Writes several settings in one transaction. */
    public void putAll(Map<String, String> values) {
        db.inTransaction(c -> {
            write(c, values);
            return null;
        });
    }

    public Settings load() {
        return toSettings(all());
    }

    public void save(Settings settings) {
        putAll(toMap(settings));
    }

    /** Whether any setting was ever saved. */
    public boolean hasAny() {
        return !all().isEmpty();
    }

    static Map<String, String> readAll(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_name, setting_value FROM setting");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }

    static void write(Connection c, Map<String, String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO setting (setting_name, setting_value) KEY (setting_name) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue() == null ? "" : e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Settings toSettings(Map<String, String> values) {
        return new Settings(values.get(YOUR_NAME), values.get(YOUR_EMAIL), values.get(YOUR_PHONE),
                values.get(SIGNATURE), values.get(COUNTRY), values.get(PRESET));
    }

    static Map<String, String> toMap(Settings s) {
        return Map.of(YOUR_NAME, s.yourName(), YOUR_EMAIL, s.yourEmail(), YOUR_PHONE, s.yourPhone(),
                SIGNATURE, s.signature(), COUNTRY, s.country(), PRESET, s.preset());
    }
}
