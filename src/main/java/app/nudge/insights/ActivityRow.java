package app.nudge.insights;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One act of the activity report.
 *
 * @param applicationId the application it belongs to (not printed; keeps rows traceable)
 * @param contact       who it was with: the thank-you's recipient, the round's interviewers, else
 *                      the application's primary contact; "" when none is known
 * @param detail        a few words more, in English: "2nd follow-up", "voicemail left", "round 2",
 *                      "offer received", "new decision date 2026-12-04"; "" when nothing to add
 * @param result        where the application stands on the day the report is made
 */
public record ActivityRow(LocalDate date, String applicationId, String employer, String position, String contact,
                          Act act, How how, String detail, Standing result) {

    public ActivityRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(result, "result");
        employer = employer == null ? "" : employer;
        position = position == null ? "" : position;
        contact = contact == null ? "" : contact;
        detail = detail == null ? "" : detail;
    }
}
