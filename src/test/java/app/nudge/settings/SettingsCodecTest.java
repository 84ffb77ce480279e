package app.nudge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Settings;
import app.nudge.domain.ThemeChoice;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one translation between the typed settings and the stored name/value pairs. */
class SettingsCodecTest {

    private final Logger logger = Logger.getLogger(SettingsCodec.class.getName());
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void everySettingSurvivesARoundTrip() {
        UserSettings all = new UserSettings("Zoë Müller", "zoe@example.org", "+49 30 1234", "Zoë Müller\n+49 30 1234",
                "DE", true, Preset.PATIENT, Optional.of(new Intervals(2, 4, 6, 9, 3, 8, true)), ThemeChoice.SYSTEM, true);

        Map<String, String> stored = SettingsCodec.encode(all);

        assertEquals(Map.ofEntries(Map.entry("yourName", "Zoë Müller"), Map.entry("yourEmail", "zoe@example.org"),
                Map.entry("yourPhone", "+49 30 1234"), Map.entry("signature", "Zoë Müller\n+49 30 1234"),
                Map.entry("country", "DE"), Map.entry("holidaysNone", "true"), Map.entry("preset", "PATIENT"),
                Map.entry("customIntervals", "2,4,6,9,3,8,true"), Map.entry("theme", "system"),
                Map.entry("welcomeDone", "true"), Map.entry("inboxEnabled", "false"), Map.entry("inboxAddress", ""),
                Map.entry("inboxPollMinutes", "5"), Map.entry("language", "")), stored);
        assertEquals(all, SettingsCodec.decode(stored));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void theDefaultsSurviveARoundTripToo() {
        assertEquals(UserSettings.defaults(), SettingsCodec.decode(SettingsCodec.encode(UserSettings.defaults())));
    }

    @Test
    void nothingStoredGivesTheDefaultsWithoutWarnings() {
        UserSettings read = SettingsCodec.decode(Map.of());
        assertEquals(UserSettings.defaults(), read);
        assertTrue(read.needsWelcome(), "a first start shows the welcome");
        assertEquals(Preset.STANDARD.intervals(), read.intervals());
        assertTrue(warnings.isEmpty(), "missing is not wrong: " + warnings);
    }

    @Test
    void valuesStoredByEarlierVersionsAreRead() {
        UserSettings read = SettingsCodec.decode(Map.of("theme", "Dark", "preset", "persistent", "country", "de",
                "holidaysNone", "TRUE", "customIntervals", " 2, 4,6,9,3,8,TRUE"));
        assertEquals(ThemeChoice.DARK, read.theme());
        assertEquals(Preset.PERSISTENT, read.preset());
        assertEquals("DE", read.country());
        assertTrue(read.holidaysNone());
        assertEquals(new Intervals(2, 4, 6, 9, 3, 8, true), read.intervals());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void unreadableStoredValuesFallBackToTheirDefaultsWithAWarningEach() {
        Map<String, String> bad = new HashMap<>();
        bad.put("yourName", "Jane Doe");
        bad.put("preset", "LAZY");
        bad.put("theme", "purple");
        bad.put("holidaysNone", "maybe");
        bad.put("customIntervals", "3,1,5,7,5,7,false"); // first number above the second
        bad.put("country", "Germany");
        bad.put("welcomeDone", "yes");

        UserSettings read = SettingsCodec.decode(bad);

        assertEquals("Jane Doe", read.yourName(), "readable values are kept");
        assertEquals(Preset.STANDARD, read.preset());
        assertEquals(ThemeChoice.LIGHT, read.theme());
        assertFalse(read.holidaysNone());
        assertEquals(Optional.empty(), read.customIntervals());
        assertEquals(Preset.STANDARD.intervals(), read.intervals());
        assertEquals("", read.country(), "automatic");
        assertFalse(read.welcomeDone());
        assertEquals(6, warnings.size(), warnings.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(warnings.stream().anyMatch(w -> w.getMessage().contains("theme = 'purple'")));
        assertTrue(warnings.stream().anyMatch(w -> w.getMessage().contains("customIntervals = '3,1,5,7,5,7,false'")));
    }

    @Test
    void oneParserForTheIntervals() {
        assertEquals("2,4,6,9,3,8,true",
                SettingsCodec.formatIntervals(SettingsCodec.parseIntervals(" 2, 4,6,9,3,8,TRUE").orElseThrow()));
        assertTrue(SettingsCodec.parseIntervals("1,2,3").isEmpty());
        assertTrue(SettingsCodec.parseIntervals("1,2,3,4,5,6,maybe").isEmpty(), "true or false, nothing else");
        assertTrue(SettingsCodec.parseIntervals("1,3,5,7,5,7,").isEmpty());
        assertTrue(SettingsCodec.parseIntervals("1,3,5,7,5,7,false,").isEmpty(), "an eighth value is not ignored");
        assertTrue(SettingsCodec.parseIntervals("0,2,3,4,5,6,false").isEmpty(), "at least 1 business day");
        assertTrue(SettingsCodec.parseIntervals("1,x,3,4,5,6,false").isEmpty());
        assertTrue(SettingsCodec.parseIntervals("").isEmpty());
        assertTrue(SettingsCodec.parseIntervals(null).isEmpty());
    }

    @Test
    void theExchangePartIsWrittenAloneAndReadBack() {
        Settings you = new Settings("Jane", "jane@example.org", "", "Jane\n+1 555 0100", "fr", "PATIENT");
        Map<String, String> pairs = SettingsCodec.encodeYou(you);
        assertEquals(Map.of("yourName", "Jane", "yourEmail", "jane@example.org", "yourPhone", "",
                "signature", "Jane\n+1 555 0100", "country", "FR", "preset", "PATIENT"), pairs);
        UserSettings read = SettingsCodec.decode(pairs);
        assertEquals(new Settings("Jane", "jane@example.org", "", "Jane\n+1 555 0100", "FR", "PATIENT"), read.you());
        assertEquals(read, UserSettings.defaults().withYou(read.you()).withTiming(Preset.PATIENT, Optional.empty()));
    }

    @Test
    void someoneWhoGaveTheirNameIsNotWelcomedAgain() {
        assertFalse(SettingsCodec.decode(Map.of("yourName", "Jane")).needsWelcome());
        assertFalse(SettingsCodec.decode(Map.of("welcomeDone", "true")).needsWelcome());
        assertTrue(SettingsCodec.decode(Map.of("country", "DE")).needsWelcome());
    }
}
