package app.nudge.insights;

import app.nudge.domain.Channel;
import java.util.Map;
import java.util.SortedMap;

/**
 * The follow-ups dated in the period (docs/insights.md for attempt, answered and days to answer).
 *
 * @param byAttempt   attempt number (1, 2, 3, ...) to its count; only numbers that occur
 * @param byChannel   EMAIL and PHONE, both always present
 * @param daysToAnswer the answered ones' days from follow-up to answer
 * @param inWindow    sent on or before the planned window's due day ("on time"; early ones count here)
 * @param late        sent after the planned window's due day
 * @param noWindow    sent when no follow-up was planned (nothing to be on time for)
 */
public record FollowUpFigures(int sent, int answered, DaySpread daysToAnswer, SortedMap<Integer, Count> byAttempt,
                              Map<Channel, Count> byChannel, Count inWindow, Count late, Count noWindow) {

    /** The median of {@link #daysToAnswer}, null when none was answered. */
    public Double medianDaysToAnswer() {
        return daysToAnswer.median();
    }
}
