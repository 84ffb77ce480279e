package app.nudge.settings;

import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import app.nudge.domain.ThemeChoice;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting of the app, typed. Texts are never null; {@code country} is an upper-case ISO 3166
 * code or "" (then the computer's region decides); {@code customIntervals} is empty when the
 * preset's own numbers apply.
 *
 * @param holidaysNone   weekends only, no public holidays
 * @param preset         the named preset, or with custom intervals the one they started from
 * @param welcomeDone    the first-run welcome was finished or skipped (it never shows again)
 * @param inbox          the inbox watch (off by default)
 * @param language       the window's and the command line's language; empty: the system's
 */
public record UserSettings(String yourName, String yourEmail, String yourPhone, String signature,
                           String country, boolean holidaysNone, Preset preset,
                           Optional<Intervals> customIntervals, ThemeChoice theme, boolean welcomeDone,
                           InboxSettings inbox, Optional<Language> language) {

    public UserSettings {
        yourName = orEmpty(yourName);
        yourEmail = orEmpty(yourEmail);
        yourPhone = orEmpty(yourPhone);
        signature = orEmpty(signature);
        country = orEmpty(country).strip().toUpperCase(Locale.ROOT);
        preset = preset == null ? Preset.STANDARD : preset;
        customIntervals = customIntervals == null ? Optional.empty() : customIntervals;
        theme = theme == null ? ThemeChoice.LIGHT : theme;
        inbox = inbox == null ? InboxSettings.defaults() : inbox;
        language = language == null ? Optional.empty() : language;
    }

    /** Settings as before the language choice existed: the system's language. */
    public UserSettings(String yourName, String yourEmail, String yourPhone, String signature, String country,
                        boolean holidaysNone, Preset preset, Optional<Intervals> customIntervals, ThemeChoice theme,
                        boolean welcomeDone, InboxSettings inbox) {
        this(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset, customIntervals, theme,
                welcomeDone, inbox, Optional.empty());
    }

    /** Settings as before the inbox watch existed: the watch off. */
    public UserSettings(String yourName, String yourEmail, String yourPhone, String signature, String country,
                        boolean holidaysNone, Preset preset, Optional<Intervals> customIntervals, ThemeChoice theme,
                        boolean welcomeDone) {
        this(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset, customIntervals, theme,
                welcomeDone, InboxSettings.defaults());
    }

    /** What a new user starts with: nothing about them, automatic country, Standard, light. */
    public static UserSettings defaults() {
        return new UserSettings("", "", "", "", "", false, Preset.STANDARD, Optional.empty(), ThemeChoice.LIGHT, false,
                InboxSettings.defaults(), Optional.empty());
    }

    /** The intervals the plan uses: the user's own numbers, else the preset's. */
    public Intervals intervals() {
        return customIntervals.orElse(preset.intervals());
    }

    /** The part the drafts and the exchange format use. */
    public Settings you() {
        return new Settings(yourName, yourEmail, yourPhone, signature, country, preset.name());
    }

    /** These settings with the exchange format's part replaced (an unknown preset name keeps this one). */
    public UserSettings withYou(Settings you) {
        return new UserSettings(you.yourName(), you.yourEmail(), you.yourPhone(), you.signature(), you.country(),
                holidaysNone, Preset.parse(you.preset()).orElse(preset), customIntervals, theme, welcomeDone, inbox, language);
    }

    public UserSettings withIdentity(String name, String email, String phone, String signatureText) {
        return new UserSettings(name, email, phone, signatureText, country, holidaysNone, preset, customIntervals,
                theme, welcomeDone, inbox, language);
    }

    public UserSettings withCalendar(String countryCode, boolean noHolidays) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, countryCode, noHolidays, preset,
                customIntervals, theme, welcomeDone, inbox, language);
    }

    /** A preset and, optionally, own numbers that start from it. */
    public UserSettings withTiming(Preset base, Optional<Intervals> own) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, country, holidaysNone, base, own, theme,
                welcomeDone, inbox, language);
    }

    public UserSettings withTheme(ThemeChoice choice) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset,
                customIntervals, choice, welcomeDone, inbox, language);
    }

    public UserSettings withWelcomeDone(boolean done) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset,
                customIntervals, theme, done, inbox, language);
    }

    public UserSettings withInbox(InboxSettings watch) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset,
                customIntervals, theme, welcomeDone, watch, language);
    }

    /** The window's language; empty follows the system's (applied at the next start). */
    public UserSettings withLanguage(Optional<Language> choice) {
        return new UserSettings(yourName, yourEmail, yourPhone, signature, country, holidaysNone, preset,
                customIntervals, theme, welcomeDone, inbox, choice);
    }

    /**
     * Whether the first-run welcome should show: it was never finished nor skipped, and no name is
     * stored (someone who already gave their name in Settings has done what it asks).
     */
    public boolean needsWelcome() {
        return !welcomeDone && yourName.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
