package app.nudge.policy;

/**
 * Gives the business calendar for an application's own country code (docs/follow-up-rules.md, section 1: the
 * employer's country if set, else the user's). An empty code means "the default calendar".
 */
@FunctionalInterface
public interface CalendarChooser {

    BusinessCalendar forCountry(String applicationCountry);

    /** The same calendar for every application. */
    static CalendarChooser always(BusinessCalendar calendar) {
        return country -> calendar;
    }
}
