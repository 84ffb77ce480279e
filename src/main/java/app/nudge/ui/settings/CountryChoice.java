package app.nudge.ui.settings;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a holiday-country list: an ISO 3166 code shown as "Germany (DE)", or the automatic
 * choice (code ""), which says which country it stands for: "Automatic (Germany)".
 */
public record CountryChoice(String code, String label) {

    /** The automatic entry's label when it is not known which country the computer's region gives. */
    public static final String AUTOMATIC_LABEL = "Automatic (from your computer's region)";

    /** By the name people read, ignoring case and accents: Germany under G, not under DE. */
    public static final Comparator<CountryChoice> BY_NAME = Comparator.comparing(CountryChoice::label,
            Collator.getInstance(Locale.ENGLISH)).thenComparing(CountryChoice::code);

    public static CountryChoice automatic() {
        return new CountryChoice("", AUTOMATIC_LABEL);
    }

    /** The automatic entry naming the country it chose, e.g. "DE" → "Automatic (Germany)". */
    public static CountryChoice automatic(String chosenCode) {
        String normal = chosenCode == null ? "" : chosenCode.strip().toUpperCase(Locale.ROOT);
        return normal.isEmpty() ? automatic() : new CountryChoice("", "Automatic (" + name(normal) + ")");
    }

    /** "DE" → "Germany (DE)" (English country names, like the rest of the app's text). */
    public static CountryChoice of(String code) {
        String normal = code.strip().toUpperCase(Locale.ROOT);
        if (normal.isEmpty()) {
            return automatic();
        }
        String name = name(normal);
        return new CountryChoice(normal, name.equals(normal) ? normal : name + " (" + normal + ")");
    }

    /**
     * The list a country box shows: the automatic entry first, then each distinct code once, sorted by
     * {@link #BY_NAME}.
     */
    public static List<CountryChoice> list(CountryChoice automatic, Collection<String> codes) {
        List<CountryChoice> choices = new ArrayList<>();
        choices.add(automatic);
        codes.stream()
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty())
                .distinct()
                .map(CountryChoice::of)
                .sorted(BY_NAME)
                .forEach(choices::add);
        return choices;
    }

    /** Whether this is the automatic entry (whatever country it names). */
    public boolean isAutomatic() {
        return code.isEmpty();
    }

    private static String name(String code) {
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    @Override
    public String toString() {
        return label;
    }
}
