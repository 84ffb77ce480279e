package app.nudge.settings;

import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one translation between {@link UserSettings} and the name/value pairs the store keeps (so a
 * new setting needs no migration). Every key is named here and nowhere else. Reading never fails:
 * a stored value this version cannot read (hand-edited, or from a newer Nudge) is replaced by its
 * default and logged as a warning, and the stored text itself is left as it is until the next save.
 */
public final class SettingsCodec {

    private static final Logger LOG = Logger.getLogger(SettingsCodec.class.getName());

    // The first six are also the field names of the exchange format's "settings" object.
    public static final String YOUR_NAME = "yourName";
    public static final String YOUR_EMAIL = "yourEmail";
    public static final String YOUR_PHONE = "yourPhone";
    public static final String SIGNATURE = "signature";
    /** ISO 3166 code of the holiday calendar; "" = automatic (from the computer's region). */
    public static final String COUNTRY = "country";
    /** STANDARD, PATIENT or PERSISTENT; with custom intervals, the preset they started from. */
    public static final String PRESET = "preset";
    /** "true": weekends only, no public holidays. */
    public static final String HOLIDAYS_NONE = "holidaysNone";
    /** "" = use the preset; else "a,b,n,m,s,t,secondary", e.g. "1,3,5,7,5,7,false". */
    public static final String CUSTOM_INTERVALS = "customIntervals";
    /** "light", "dark" or "system". */
    public static final String THEME = "theme";
    /** "true" once the first-run welcome was finished or skipped. */
    public static final String WELCOME_DONE = "welcomeDone";
    /** "true" when the inbox watch is on (issue 15); absent in settings from before it: off. */
    public static final String INBOX_ENABLED = "inboxEnabled";
    /** The watched folder, imaps://USER@HOST[:PORT]/FOLDER; never a password. */
    public static final String INBOX_ADDRESS = "inboxAddress";
    /** Minutes between checks, 1 to 1440. */
    public static final String INBOX_POLL_MINUTES = "inboxPollMinutes";
    /** The window's language, "en", "de", "fr", "es" or "nl"; "" or absent (settings from before it): the system's. */
    public static final String LANGUAGE = "language";

    private SettingsCodec() {
    }

    /** The stored pairs as settings; missing names take their defaults, unreadable ones too (with a warning). */
    public static UserSettings decode(Map<String, String> stored) {
        Preset preset = Preset.parse(text(stored, PRESET)).orElseGet(() -> {
            warnUnless(text(stored, PRESET).isBlank(), PRESET, stored, "the Standard preset");
            return Preset.STANDARD;
        });
        String customText = text(stored, CUSTOM_INTERVALS);
        Optional<Intervals> custom = parseIntervals(customText);
        warnUnless(custom.isPresent() || customText.isBlank(), CUSTOM_INTERVALS, stored, "the preset's numbers");
        return new UserSettings(text(stored, YOUR_NAME), text(stored, YOUR_EMAIL), text(stored, YOUR_PHONE),
                text(stored, SIGNATURE), country(stored), flag(stored, HOLIDAYS_NONE), preset, custom,
                theme(stored), flag(stored, WELCOME_DONE), inbox(stored), language(stored));
    }

    /** Every setting as the pairs to store (all names, so one save replaces every value). */
    public static Map<String, String> encode(UserSettings s) {
        Map<String, String> values = new LinkedHashMap<>(encodeYou(s.you()));
        values.put(HOLIDAYS_NONE, Boolean.toString(s.holidaysNone()));
        values.put(CUSTOM_INTERVALS, s.customIntervals().map(SettingsCodec::formatIntervals).orElse(""));
        values.put(THEME, s.theme().name().toLowerCase(Locale.ROOT));
        values.put(WELCOME_DONE, Boolean.toString(s.welcomeDone()));
        values.put(INBOX_ENABLED, Boolean.toString(s.inbox().enabled()));
        values.put(INBOX_ADDRESS, s.inbox().address());
        values.put(INBOX_POLL_MINUTES, Integer.toString(s.inbox().pollMinutes()));
        values.put(LANGUAGE, s.language().map(Language::code).orElse(""));
        return values;
    }

    /** Only the exchange format's part (an import writes these and leaves the others alone). */
    public static Map<String, String> encodeYou(app.nudge.domain.Settings you) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(YOUR_NAME, you.yourName());
        values.put(YOUR_EMAIL, you.yourEmail());
        values.put(YOUR_PHONE, you.yourPhone());
        values.put(SIGNATURE, you.signature());
        values.put(COUNTRY, you.country().strip().toUpperCase(Locale.ROOT));
        values.put(PRESET, you.preset());
        return values;
    }

    /**
     * "1,3,5,7,5,7,false" (spaces and the case of true/false do not matter) → the intervals; empty
     * for "" or anything that is not six whole numbers in valid ranges and true or false. The only
     * reader of the stored form.
     */
    public static Optional<Intervals> parseIntervals(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 7) {
            return Optional.empty();
        }
        Optional<Boolean> secondary = bool(parts[6]);
        if (secondary.isEmpty()) {
            return Optional.empty();
        }
        try {
            int[] n = Arrays.stream(parts, 0, 6).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
            return Optional.of(new Intervals(n[0], n[1], n[2], n[3], n[4], n[5], secondary.get()));
        } catch (IllegalArgumentException e) { // not a number, or a range Intervals refuses
            return Optional.empty();
        }
    }

    public static String formatIntervals(Intervals i) {
        return i.afterDecisionMin() + "," + i.afterDecisionMax() + "," + i.noDateMin() + "," + i.noDateMax() + ","
                + i.betweenMin() + "," + i.betweenMax() + "," + i.secondaryContact();
    }

    private static String text(Map<String, String> stored, String name) {
        String value = stored.get(name);
        return value == null ? "" : value;
    }

    private static String country(Map<String, String> stored) {
        String code = text(stored, COUNTRY).strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.matches("[A-Z]{2}")) {
            return code;
        }
        warnUnless(false, COUNTRY, stored, "the automatic country");
        return "";
    }

    private static boolean flag(Map<String, String> stored, String name) {
        String value = text(stored, name);
        Optional<Boolean> read = bool(value);
        warnUnless(read.isPresent() || value.isBlank(), name, stored, "false");
        return read.orElse(false);
    }

    /** The inbox watch; settings stored before it existed have none of its names: off, every 5 minutes. */
    private static InboxSettings inbox(Map<String, String> stored) {
        String minutesText = text(stored, INBOX_POLL_MINUTES).strip();
        int minutes = InboxSettings.DEFAULT_MINUTES;
        if (!minutesText.isEmpty()) {
            try {
                minutes = Integer.parseInt(minutesText);
            } catch (NumberFormatException e) {
                minutes = -1;
            }
            if (minutes < InboxSettings.MIN_MINUTES || minutes > InboxSettings.MAX_MINUTES) {
                warnUnless(false, INBOX_POLL_MINUTES, stored, InboxSettings.DEFAULT_MINUTES + " minutes");
                minutes = InboxSettings.DEFAULT_MINUTES;
            }
        }
        return new InboxSettings(flag(stored, INBOX_ENABLED), text(stored, INBOX_ADDRESS), minutes);
    }

    /** The chosen language; a code this version does not speak (a newer Nudge's) follows the system. */
    private static Optional<Language> language(Map<String, String> stored) {
        String value = text(stored, LANGUAGE);
        Optional<Language> read = Language.parse(value);
        warnUnless(read.isPresent() || value.isBlank(), LANGUAGE, stored, "the system's language");
        return read;
    }

    private static ThemeChoice theme(Map<String, String> stored) {
        String value = text(stored, THEME).strip().toUpperCase(Locale.ROOT);
        for (ThemeChoice choice : ThemeChoice.values()) {
            if (choice.name().equals(value)) {
                return choice;
            }
        }
        warnUnless(value.isEmpty(), THEME, stored, "the light theme");
        return ThemeChoice.LIGHT;
    }

    private static Optional<Boolean> bool(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return value.equals("true") ? Optional.of(true) : value.equals("false") ? Optional.of(false) : Optional.empty();
    }

    private static void warnUnless(boolean fine, String name, Map<String, String> stored, String fallback) {
        if (!fine) {
            LOG.warning(() -> "Stored setting " + name + " = '" + stored.get(name) + "' is not readable; using "
                    + fallback + " instead");
        }
    }
}
