package app.nudge.calendar;

import java.util.Locale;

/**
 * Country codes with a holiday calendar. Placeholder-free: until the jollyday-backed calendar
 * lands this accepts any ISO 3166 alpha-2 code the JDK knows.
 */
public final class Countries {

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code.strip().toUpperCase(Locale.ROOT));
    }
}
