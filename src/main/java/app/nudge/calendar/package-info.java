/**
 * Business calendars from a maintained holiday library (jollyday): the national public holidays
 * of a country, as docs/follow-up-rules.md, section 1 asks. The policy package only sees {@code BusinessCalendar}.
 */
package app.nudge.calendar;
