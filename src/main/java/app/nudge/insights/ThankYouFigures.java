package app.nudge.insights;

/**
 * Thank-you notes dated in the period: how many, and how many on time (on or before the calendar
 * day after the interview date of the round they thank for: the latest round dated on or before the note).
 */
public record ThankYouFigures(int sent, int onTime) {
}
