package app.nudge.ui.settings;

/**
 * The names under which the settings dialog stores its values through the settings service. They
 * match the store's names (the UI may not depend on the store package, so they are repeated here).
 */
public final class SettingsKeys {

    public static final String YOUR_NAME = "yourName";
    public static final String YOUR_EMAIL = "yourEmail";
    public static final String YOUR_PHONE = "yourPhone";
    public static final String SIGNATURE = "signature";
    /** ISO 3166 code of the holiday calendar; "" = automatic (from the computer's locale). */
    public static final String COUNTRY = "country";
    /** "true": weekends only, no public holidays. */
    public static final String HOLIDAYS_NONE = "holidaysNone";
    /** STANDARD, PATIENT or PERSISTENT; with custom intervals, the preset they started from. */
    public static final String PRESET = "preset";
    /** "" = use the preset; else "a,b,n,m,s,t,secondary", e.g. "1,3,5,7,5,7,false". */
    public static final String CUSTOM_INTERVALS = "customIntervals";
    /** "light" or "dark". */
    public static final String THEME = "theme";

    private SettingsKeys() {
    }
}
