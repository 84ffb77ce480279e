package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a holiday-country list: an ISO 3166 code shown as "Germany (DE)", or the automatic
 * choice (code ""), which says which country it stands for: "Automatic (Germany)". Country names
 * are in the window's language ("Deutschland (DE)" in German), read when the entry is made.
 */
public record CountryChoice(String code, String label) {

    /**
     * By the name people read, ignoring case and accents, in the window's language: Germany under G,
     * not under DE; Österreich next to Oman in German.
     */
    public static final Comparator<CountryChoice> BY_NAME = (a, b) -> {
        int byName = Collator.getInstance(Texts.current().locale()).compare(a.label(), b.label());
        return byName != 0 ? byName : a.code().compareTo(b.code());
    };

    /** The automatic entry when it is not known which country the computer's region gives. */
    public static CountryChoice automatic() {
        return new CountryChoice("", Texts.t("settings.country.automaticUnknown"));
    }

    /** The automatic entry naming the country it chose, e.g. "DE" → "Automatic (Germany)". */
    public static CountryChoice automatic(String chosenCode) {
        String normal = chosenCode == null ? "" : chosenCode.strip().toUpperCase(Locale.ROOT);
        return normal.isEmpty() ? automatic() : new CountryChoice("", Texts.t("settings.country.automatic", "country", name(normal)));
    }

    /** "DE" → "Germany (DE)", "Deutschland (DE)" in German: the country's name in the window's language. */
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
        String name = Locale.of("", code).getDisplayCountry(Texts.current().locale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    @Override
    public String toString() {
        return label;
    }
}
