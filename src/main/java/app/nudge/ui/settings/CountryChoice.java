package app.nudge.ui.settings;

import java.util.Locale;

/**
 * One entry of the holiday-country list: an ISO 3166 code shown as "DE — Germany", or the
 * automatic choice (code "").
 */
public record CountryChoice(String code, String label) {

    public static final String AUTOMATIC_LABEL = "Automatic (from your computer's region)";

    public static CountryChoice automatic() {
        return new CountryChoice("", AUTOMATIC_LABEL);
    }

    /** "DE" → "DE — Germany" (English country names, like the rest of the app's text). */
    public static CountryChoice of(String code) {
        String normal = code.strip().toUpperCase(Locale.ROOT);
        if (normal.isEmpty()) {
            return automatic();
        }
        String name = Locale.of("", normal).getDisplayCountry(Locale.ENGLISH);
        boolean named = !name.isBlank() && !name.equalsIgnoreCase(normal);
        return new CountryChoice(normal, named ? normal + " — " + name : normal);
    }

    @Override
    public String toString() {
        return label;
    }
}
