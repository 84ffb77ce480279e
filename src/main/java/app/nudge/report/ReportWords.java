package app.nudge.report;

import app.nudge.insights.Act;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The activity report's words, one place for the CSV and the PDF: column titles, acts, ways, results. */
public final class ReportWords {

    public static final List<String> COLUMNS = List.of("date", "employer", "position", "contact", "act", "how",
            "details", "result so far");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ReportWords() {
    }

    public static String act(Act act) {
        return switch (act) {
            case APPLIED -> "Applied";
            case INTERVIEW -> "Interview";
            case THANK_YOU -> "Thank-you";
            case FOLLOW_UP -> "Follow-up";
            case REPLY -> "Reply";
            case OUTCOME -> "Outcome";
        };
    }

    /** The totals' words: "Applications", "Interviews" ... */
    public static String actPlural(Act act) {
        return switch (act) {
            case APPLIED -> "Applications";
            case INTERVIEW -> "Interviews";
            case THANK_YOU -> "Thank-you notes";
            case FOLLOW_UP -> "Follow-ups";
            case REPLY -> "Replies";
            case OUTCOME -> "Outcomes";
        };
    }

    public static String how(How how) {
        return switch (how) {
            case APPLICATION -> "Application";
            case EMAIL -> "Email";
            case PHONE -> "Phone";
            case INTERVIEW -> "Interview";
            case NOT_RECORDED -> "\u2013"; // a dash: "not recorded" on every reply reads as missing data to an agency
        };
    }

    public static String result(Standing standing) {
        return switch (standing) {
            case APPLIED -> "Applied";
            case INTERVIEWING -> "Interviewing";
            case OFFER -> "Offer";
            case REJECTED -> "Rejected";
            case WITHDRAWN -> "Withdrawn";
            case CLOSED_WITHOUT_ANSWER -> "Closed without an answer";
        };
    }

    /** "3 November 2026". */
    public static String longDate(LocalDate day) {
        return LONG_DATE.format(day);
    }

    /** "1 November 2026 to 30 November 2026"; an open end reads "up to ..." / "from ... on" / "all dates". */
    public static String period(Period period) {
        if (period.from() == null && period.to() == null) {
            return "all dates";
        }
        if (period.from() == null) {
            return "up to " + longDate(period.to());
        }
        if (period.to() == null) {
            return "from " + longDate(period.from()) + " on";
        }
        if (period.from().equals(period.to())) {
            return longDate(period.from());
        }
        return longDate(period.from()) + " to " + longDate(period.to());
    }

    /** The sentence of an empty report: "No activity was recorded in the period 1 November 2026 to 30 November 2026." */
    public static String nothingRecorded(Period period) {
        return "No activity was recorded in the period " + period(period) + ".";
    }

    /** The name the report is for; when none is set the report says so plainly rather than leave a gap. */
    public static String madeFor(String userName) {
        return userName == null || userName.isBlank() ? "Name not set (add yours in Settings)" : userName;
    }
}
