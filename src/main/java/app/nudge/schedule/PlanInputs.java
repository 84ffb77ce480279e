package app.nudge.schedule;

import app.nudge.insights.Insights;
import app.nudge.insights.PolicyWindows;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import app.nudge.settings.SettingsCodec;
import app.nudge.settings.UserSettings;
import java.util.Locale;
import java.util.Map;

/**
 * What a plan is computed with, besides the data: the default holiday country (docs/follow-up-rules.md, section 1:
 * the user's setting, else the locale's country, else US), whether holidays count at all, and the
 * intervals (a named preset or the user's own numbers).
 */
public record PlanInputs(String defaultCountry, boolean holidaysNone, Preset preset, Intervals intervals) {

    public static PlanInputs fromSettings(Map<String, String> settings, Locale locale) {
        return fromSettings(SettingsCodec.decode(settings), locale);
    }

    public static PlanInputs fromSettings(UserSettings settings, Locale locale) {
        String country = HolidayCalendars.defaultCountry(settings.country(), locale);
        return new PlanInputs(country, settings.holidaysNone(), settings.preset(), settings.intervals());
    }

    public PlanInputs withCountry(String country) {
        return new PlanInputs(country, false, preset, intervals);
    }

    public PlanInputs withoutHolidays() {
        return new PlanInputs(defaultCountry, true, preset, intervals);
    }

    /** A named preset replaces custom numbers too: the user asked for exactly that preset. */
    public PlanInputs withPreset(Preset value) {
        return new PlanInputs(defaultCountry, holidaysNone, value, value.intervals());
    }

    /**
     * The insights of a search planned with these inputs: each follow-up's window replayed with the
     * same calendars and intervals as the plan. The app's view and {@code nudge insights} both use it.
     */
    public Insights insights(HolidayCalendars holidays) {
        return new Insights(new PolicyWindows(calendars(holidays), intervals), presetName());
    }

    /** The preset's name, or "CUSTOM" when the user set their own intervals in Settings. */
    public String presetName() {
        return intervals.equals(preset.intervals()) ? preset.name() : "CUSTOM";
    }

    public CalendarChooser calendars(HolidayCalendars holidays) {
        return holidays.chooser(defaultCountry, holidaysNone);
    }
}
