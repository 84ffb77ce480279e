package app.nudge.insights;

import app.nudge.domain.Application;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The acts of the activity report (docs/insights.md): one row per act dated in the period, oldest
 * first; on one day by employer (case ignored), then application id, then the order recorded
 * (applied, then rounds, then events).
 *
 * <p>What each act is ({@link ActivityActs}): APPLIED on {@code appliedOn}; INTERVIEW for each
 * round held (ended by now; a booked round is left out), contact = its
 * interviewers; THANK_YOU by email, contact = the recipient, else the interviewers of the round it
 * follows; FOLLOW_UP from FOLLOW_UP_SENT (by its channel, "2nd follow-up" counted since the round
 * or the last reply) and VOICEMAIL_LEFT (by phone, "voicemail left"); REPLY from REPLY_RECEIVED and
 * CHECK_BACK_AGREED; OUTCOME from the offer, rejection, withdrawn and closed events. SKIPPED and
 * SNOOZED are not acts. Contact otherwise (and as the last fallback) is the primary contact.
 * "Result so far" is {@link ActivityStanding}'s.
 */
public final class ActivityRows {

    /** Date, employer (case ignored), application id; List.sort is stable, so the recorded order stays. */
    private static final Comparator<ActivityRow> ORDER = Comparator.comparing(ActivityRow::date)
            .thenComparing(ActivityRow::employer, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ActivityRow::applicationId);

    private ActivityRows() {
    }

    /**
     * As of the end of {@code today}: every round of that day counts as held.
     *
     * @param today the day "result so far" is taken on
     */
    public static ActivityReport report(List<Application> applications, Period period, LocalDate today,
                                        String userName) {
        return report(applications, period, HeldRounds.endOf(today), userName);
    }

    /**
     * @param now the moment the report is made: its date is the "made on" day of "result so far"; a
     *            round ending after it (one booked for later today included) is not an act yet
     */
    public static ActivityReport report(List<Application> applications, Period period, LocalDateTime now,
                                        String userName) {
        LocalDate today = now.toLocalDate();
        List<ActivityRow> rows = new ArrayList<>();
        for (Application application : applications) {
            ActivityActs.addTo(rows, application, period, now);
        }
        rows.sort(ORDER);
        return new ActivityReport(userName == null ? "" : userName.strip(), period, today, rows);
    }
}
