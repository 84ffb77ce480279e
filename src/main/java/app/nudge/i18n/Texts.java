package app.nudge.i18n;

import app.nudge.domain.Language;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every word the window and the command line show, in one language. Keys are "area.name" and live
 * in {@code app/nudge/i18n/<area>.properties} (English) and {@code <area>_de.properties} etc.
 *
 * <p>Placeholders are named, {@code {count}}, and filled by {@link #get(String, Object...)} with
 * name/value pairs; there is no other syntax, so an apostrophe (frequent in French) is just an
 * apostrophe. Numbers are written the language's way (1,234 / 1.234). A key missing in a language
 * falls back to English (the bundle test forbids it; a user never sees a raw key).
 *
 * <p>{@link #current()} is the language of this run: the user's Settings choice or the system's,
 * set once at start by the app and the command line ({@link #use}); tests set it the same way.
 */
public final class Texts {

    private static final Map<Language, Texts> LOADED = new EnumMap<>(Language.class);
    private static volatile Texts current;

    private final Language language;
    private final Map<String, String> own;
    private final Map<String, String> english;
    private final Bundle bundle = new Bundle();
    /** Made once per pattern: parsing a pattern for each of 10,000 cards' dates cost the first frame. */
    private final Map<String, DateTimeFormatter> formatters = new java.util.concurrent.ConcurrentHashMap<>();

    private Texts(Language language, Map<String, String> own, Map<String, String> english) {
        this.language = language;
        this.own = own;
        this.english = english;
    }

    /** The texts of {@code language}, read once per run. */
    public static synchronized Texts of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Texts(l, TextFiles.read(l),
                l == Language.EN ? Map.of() : TextFiles.read(Language.EN)));
    }

    /** The language of this run (the system's until {@link #use} is called). */
    public static Texts current() {
        Texts t = current;
        if (t == null) {
            t = of(Language.of(Locale.getDefault()));
            current = t;
        }
        return t;
    }

    /** Makes {@code language} the language of this run; returns its texts. */
    public static Texts use(Language language) {
        Texts t = of(language);
        current = t;
        return t;
    }

    /** Shorthand for {@code current().get(key, args)}. */
    public static String t(String key, Object... nameValuePairs) {
        return current().get(key, nameValuePairs);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /**
     * The text of {@code key} with its placeholders filled from name/value pairs:
     * {@code get("board.due", "count", 3)}. A number is written the language's way; anything else by
     * its {@code toString}.
     */
    public String get(String key, Object... nameValuePairs) {
        String pattern = raw(key);
        if (nameValuePairs.length == 0) {
            return pattern;
        }
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected for " + key);
        }
        // One pass over the pattern, so a value that itself holds "{name}" (a user's text) stays as typed.
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open);
            Object value = valueOf(pattern.substring(open + 1, close), nameValuePairs);
            out.append(value == NONE ? pattern.substring(open, close + 1) : show(value));
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * {@code key.one} for a count of one (and zero in French, as French counts), else
     * {@code key.other}; {@code {count}} is filled with the number.
     */
    public String count(String key, long count, Object... moreNameValuePairs) {
        boolean one = count == 1 || (count == 0 && language == Language.FR);
        Object[] pairs = new Object[moreNameValuePairs.length + 2];
        pairs[0] = "count";
        pairs[1] = count;
        System.arraycopy(moreNameValuePairs, 0, pairs, 2, moreNameValuePairs.length);
        return get(key + (one ? ".one" : ".other"), pairs);
    }

    /** A date or time written with the pattern stored under {@code key} ("EEE d MMM" in English). */
    public String date(String key, TemporalAccessor when) {
        return formatter(key).format(when);
    }

    /** The formatter of the pattern stored under {@code key}, in this language. */
    public DateTimeFormatter formatter(String key) {
        return formatters.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(raw(k), locale()));
    }

    /** A number as this language writes it (1,234 in English, 1.234 in German). */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** Whether {@code key} exists (in this language or, failing that, in English). */
    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    /** The texts as a resource bundle, for FXML's {@code %key}. */
    public ResourceBundle bundle() {
        return bundle;
    }

    private String raw(String key) {
        String s = own.get(key);
        if (s == null) {
            s = english.get(key);
        }
        return Objects.requireNonNull(s, () -> "No text for key " + key);
    }

    private static final Object NONE = new Object();

    private static Object valueOf(String name, Object[] nameValuePairs) {
        for (int k = 0; k < nameValuePairs.length; k += 2) {
            if (name.equals(nameValuePairs[k])) {
                return nameValuePairs[k + 1];
            }
        }
        return NONE;
    }

    private String show(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return number(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NumberFormat.getNumberInstance(locale()).format(n);
        }
        return String.valueOf(value);
    }

    private final class Bundle extends ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return has(key) ? raw(key) : null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            java.util.Set<String> keys = new java.util.TreeSet<>(english.keySet());
            keys.addAll(own.keySet());
            return java.util.Collections.enumeration(keys);
        }

        @Override
        public Locale getLocale() {
            return locale();
        }
    }
}
