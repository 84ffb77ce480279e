package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.EventType;
import app.nudge.domain.FieldLimits;
import app.nudge.domain.Language;
import app.nudge.settings.SettingsCodec;
import app.nudge.settings.UserSettings;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link FieldLimits} honest against the schema each store actually built from db/migration: every
 * text column has a limit in the app, no limit is above what its column keeps, and the numbers
 * that name a column's size are that size exactly. A migration that shrinks or adds a column fails
 * here until FieldLimits follows.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class FieldLimitsSchemaTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private static int longestName(Enum<?>[] values) {
        return Arrays.stream(values).mapToInt(v -> v.name().length()).max().orElseThrow();
    }

    /** What the app lets into each text column: "TABLE.COLUMN" → characters. */
    private static Map<String, Integer> appLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("APPLICATION.ID", FieldLimits.ID);
        limits.put("APPLICATION.COMPANY", FieldLimits.NAME);
        limits.put("APPLICATION.ROLE", FieldLimits.NAME);
        limits.put("APPLICATION.COUNTRY", FieldLimits.COUNTRY);
        // A language code ("de"), never typed: the store writes only Language's own codes.
        limits.put("APPLICATION.MESSAGE_LANGUAGE", Arrays.stream(Language.values()).mapToInt(l -> l.code().length())
                .max().orElseThrow());
        limits.put("APPLICATION.URL", FieldLimits.TEXT);
        limits.put("APPLICATION.LOCATION", FieldLimits.TEXT);
        limits.put("APPLICATION.SOURCE", FieldLimits.TEXT);
        limits.put("APPLICATION.NOTES", FieldLimits.NOTES);
        limits.put("CONTACT.APPLICATION_ID", FieldLimits.ID);
        limits.put("CONTACT.NAME", FieldLimits.NAME);
        limits.put("CONTACT.EMAIL", FieldLimits.TEXT);
        limits.put("CONTACT.PHONE", FieldLimits.TEXT);
        limits.put("CONTACT.TITLE", FieldLimits.TEXT);
        limits.put("INTERVIEW_ROUND.APPLICATION_ID", FieldLimits.ID);
        limits.put("INTERVIEW_ROUND.TALKING_POINT", FieldLimits.TEXT);
        limits.put("ROUND_INTERVIEWER.APPLICATION_ID", FieldLimits.ID);
        limits.put("ROUND_INTERVIEWER.NAME", FieldLimits.TEXT);
        limits.put("EVENT.APPLICATION_ID", FieldLimits.ID);
        limits.put("EVENT.TYPE", longestName(EventType.values()));
        limits.put("EVENT.CHANNEL", longestName(Channel.values()));
        limits.put("EVENT.ACTION", longestName(ActionType.values()));
        limits.put("EVENT.NOTE", FieldLimits.TEXT);
        limits.put("EVENT.RECIPIENT", FieldLimits.NAME);
        limits.put("SETTING.SETTING_NAME", SettingsCodec.encode(UserSettings.defaults()).keySet().stream()
                .mapToInt(String::length).max().orElseThrow());
        limits.put("SETTING.SETTING_VALUE", FieldLimits.TEXT);
        return limits;
    }

    /**
     * Every character column of the app's tables and its size, as the store reports it (H2 names
     * in upper case, PostgreSQL in lower; a PostgreSQL VARCHAR without a length has none: {@link #UNLIMITED}).
     */
    private Map<String, Long> schemaColumns() {
        try (Database db = backend.open(folder)) {
            return db.read(c -> {
                Map<String, Long> columns = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                        + " AND UPPER(DATA_TYPE) IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'TEXT')"
                        + " AND TABLE_NAME <> 'flyway_schema_history'");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long size = rs.getLong(3);
                        boolean unlimited = rs.wasNull();
                        columns.put((rs.getString(1) + "." + rs.getString(2)).toUpperCase(java.util.Locale.ROOT),
                                unlimited ? UNLIMITED : size);
                    }
                }
                return columns;
            });
        }
    }

    /** A column without a length on PostgreSQL: up to a gigabyte a value. */
    private static final long UNLIMITED = Long.MAX_VALUE;

    @Test
    void everyTextColumnHasALimitNoLargerThanItKeeps() {
        Map<String, Long> columns = schemaColumns();
        Map<String, Integer> limits = appLimits();
        assertEquals(new TreeMap<>(limits).keySet(), columns.keySet(),
                "every text column of the schema, and only those, has a limit in FieldLimits");
        limits.forEach((column, limit) -> assertTrue(limit <= columns.get(column),
                column + ": the app allows " + limit + " characters, the column keeps " + columns.get(column)));
    }

    @Test
    void theNumbersThatNameAColumnSizeAreThatSize() {
        Map<String, Long> columns = schemaColumns();
        assertEquals(FieldLimits.ID, columns.get("APPLICATION.ID").longValue());
        assertEquals(FieldLimits.NOTES, columns.get("APPLICATION.NOTES").longValue());
        assertEquals(FieldLimits.COUNTRY, columns.get("APPLICATION.COUNTRY").longValue());
        // A VARCHAR without a length: H2 2.5 keeps up to a billion characters; TEXT is the product's
        // tighter limit (a million), so a larger H2 maximum is fine and a smaller one fails above.
        assertEquals(backend == StoreBackend.H2 ? 1_000_000_000L : UNLIMITED, columns.get("APPLICATION.URL").longValue());
    }
}
