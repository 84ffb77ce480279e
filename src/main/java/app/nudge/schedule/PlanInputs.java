package app.nudge.schedule;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import app.nudge.store.SettingsRepository;
import java.util.Locale;
import java.util.Map;

/**
 * What a plan is computed with, besides the data: the default holiday country (docs/follow-up-rules.md, section 1:
 * the user's setting, else the locale's country, else US), whether holidays count at all, and the
 * intervals (a named preset or the user's own numbers).
 */
public record PlanInputs(String defaultCountry, boolean holidaysNone, Preset preset, Intervals intervals) {

    /** Setting: "true" when the user chose "No public holidays". */
    public static final String HOLIDAYS_NONE = "holidaysNone";
    /** Setting: the user's own intervals "a,b,n,m,s,t,secondary", or empty for the preset's. */
    public static final String CUSTOM_INTERVALS = "customIntervals";

    public static PlanInputs fromSettings(Map<String, String> settings, Locale locale) {
        String country = HolidayCalendars.defaultCountry(settings.getOrDefault(SettingsRepository.COUNTRY, ""), locale);
        boolean none = Boolean.parseBoolean(settings.getOrDefault(HOLIDAYS_NONE, "false"));
        Preset preset = Preset.parse(settings.getOrDefault(SettingsRepository.PRESET, "")).orElse(Preset.STANDARD);
        Intervals intervals = parseIntervals(settings.getOrDefault(CUSTOM_INTERVALS, "")).orElse(preset.intervals());
        return new PlanInputs(country, none, preset, intervals);
    }

    /** "1,3,5,7,5,7,false" → intervals; empty or malformed → none (the preset applies). */
    static java.util.Optional<Intervals> parseIntervals(String text) {
        String[] parts = text.split(",");
        if (parts.length != 7) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Intervals(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), Integer.parseInt(parts[3].strip()),
                    Integer.parseInt(parts[4].strip()), Integer.parseInt(parts[5].strip()),
                    Boolean.parseBoolean(parts[6].strip())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static String formatIntervals(Intervals i) {
        return i.afterDecisionMin() + "," + i.afterDecisionMax() + "," + i.noDateMin() + "," + i.noDateMax() + ","
                + i.betweenMin() + "," + i.betweenMax() + "," + i.secondaryContact();
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

    public CalendarChooser calendars(HolidayCalendars holidays) {
        return holidays.chooser(defaultCountry, holidaysNone);
    }
}
