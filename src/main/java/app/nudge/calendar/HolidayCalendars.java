package app.nudge.calendar;

import app.nudge.policy.BusinessCalendar;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.HolidaySetCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The business calendar of each country (docs/follow-up-rules.md, section 1): Monday to Friday less the national
 * public holidays jollyday knows. One calendar per country is made on first use and kept, and
 * each calendar computes a year's holidays once. Construct one where the app is wired;
 * {@link #shared()} is only a convenience for callers without wiring.
 */
public final class HolidayCalendars {

    /** The last fallback of docs/follow-up-rules.md, section 1 when neither the settings nor the locale name a country. */
    public static final String FALLBACK_COUNTRY = "US";

    private static final class SharedHolder {
        static final HolidayCalendars INSTANCE = new HolidayCalendars();
    }

    private static final class Supported {
        /** jollyday's calendar codes that are ISO 3166 countries (it also has NYSE, TARGET, ...). */
        static final SortedSet<String> CODES = countryCodes();

        private static SortedSet<String> countryCodes() {
            TreeSet<String> codes = new TreeSet<>();
            for (String code : HolidayManager.getSupportedCalendarCodes()) {
                if (code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
                    codes.add(code.toUpperCase(Locale.ROOT));
                }
            }
            return Collections.unmodifiableSortedSet(codes);
        }
    }

    private final ConcurrentHashMap<String, BusinessCalendar> byCountry = new ConcurrentHashMap<>();

    public HolidayCalendars() {
    }

    /** A convenience instance for code that is not wired; tests construct their own. */
    public static HolidayCalendars shared() {
        return SharedHolder.INSTANCE;
    }

    /**
     * The calendar of a country, by ISO 3166 code in any case ("us", "GB").
     *
     * @throws IllegalArgumentException for a code jollyday does not know; the message lists the valid ones
     */
    public BusinessCalendar forCountry(String isoCode) {
        String code = normalise(isoCode);
        if (!Supported.CODES.contains(code)) {
            throw new IllegalArgumentException("Unknown country code '" + (isoCode == null ? "" : isoCode.strip())
                    + "'; valid codes are: " + String.join(", ", Supported.CODES));
        }
        return byCountry.computeIfAbsent(code,
                c -> new HolidaySetCalendar(c + " public holidays", new JollydayHolidays(c)));
    }

    /** The supported ISO 3166 country codes, sorted, upper case. */
    public Set<String> supportedCountries() {
        return Supported.CODES;
    }

    /** Whether {@link #forCountry} knows this code (any case). */
    public boolean isSupported(String isoCode) {
        return isSupportedCode(isoCode);
    }

    /**
     * The chooser for a plan: an application's own country when it has one, else
     * {@code defaultCountry} (the user's setting, or {@code --country}; null or empty means
     * {@value #FALLBACK_COUNTRY}). An application country that no calendar exists for is treated
     * as unset, so one bad record cannot stop a plan. {@code holidaysNone} ({@code --holidays
     * none}, "No public holidays") counts weekends only for every application.
     *
     * @throws IllegalArgumentException when the default country is unknown (and holidays are counted)
     */
    public CalendarChooser chooser(String defaultCountry, boolean holidaysNone) {
        if (holidaysNone) {
            return CalendarChooser.always(BusinessCalendar.weekendsOnly());
        }
        String fallback = defaultCountry == null || defaultCountry.isBlank() ? FALLBACK_COUNTRY : defaultCountry;
        BusinessCalendar defaultCalendar = forCountry(fallback);
        return applicationCountry -> applicationCountry == null || applicationCountry.isBlank()
                || !isSupportedCode(applicationCountry) ? defaultCalendar : forCountry(applicationCountry);
    }

    /**
     * The user's country (docs/follow-up-rules.md, section 1): the settings' country if set, else the locale's
     * country if set and supported, else {@value #FALLBACK_COUNTRY}.
     */
    public static String defaultCountry(String settingsCountry, Locale locale) {
        if (settingsCountry != null && !settingsCountry.isBlank()) {
            return normalise(settingsCountry);
        }
        String localeCountry = locale == null ? "" : locale.getCountry();
        if (!localeCountry.isEmpty() && isSupportedCode(localeCountry)) {
            return normalise(localeCountry);
        }
        return FALLBACK_COUNTRY;
    }

    private static boolean isSupportedCode(String isoCode) {
        return isoCode != null && Supported.CODES.contains(normalise(isoCode));
    }

    private static String normalise(String isoCode) {
        return isoCode == null ? "" : isoCode.strip().toUpperCase(Locale.ROOT);
    }
}
