package app.nudge.insights;

import java.util.SortedMap;

/**
 * Days from an interview to the decision (an OFFER_RECEIVED or REJECTION_RECEIVED dated in the
 * period; counted from the interview date of the latest round dated on or before it), grouped.
 *
 * @param byPreset  the follow-up preset the search uses (Nudge keeps one per search, in Settings), so one row
 * @param byCountry the employer's country code; "" for applications with none
 */
public record DecisionTimes(DaySpread all, SortedMap<String, DaySpread> byPreset, SortedMap<String, DaySpread> byCountry) {
}
