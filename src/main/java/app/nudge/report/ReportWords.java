package app.nudge.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.insights.Act;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.util.List;

/**
 * The activity report's words, one place for the CSV and the PDF: column titles, acts, ways, results.
 * They are in the language of the run (report*.properties), read each time a report is written.
 */
public final class ReportWords {

    private static final List<String> COLUMN_KEYS = List.of("date", "employer", "position", "contact", "act", "how",
            "details", "result");

    private ReportWords() {
    }

    /** The eight column titles, lower case as the CSV has them ("date", "employer" ... "result so far"). */
    public static List<String> columns() {
        return COLUMN_KEYS.stream().map(k -> t("report.column." + k)).toList();
    }

    public static String act(Act act) {
        return t("report.act." + act.name());
    }

    /** The totals' words: "Applications", "Interviews" ... */
    public static String actPlural(Act act) {
        return t("report.acts." + act.name());
    }

    public static String how(How how) {
        return t("report.how." + how.name());
    }

    public static String result(Standing standing) {
        return t("report.result." + standing.name());
    }

    /** "3 November 2026". */
    public static String longDate(LocalDate day) {
        return Texts.current().date("format.dateLong", day);
    }

    /** "1 November 2026 to 30 November 2026"; an open end reads "up to ..." / "from ... on" / "all dates". */
    public static String period(Period period) {
        if (period.from() == null && period.to() == null) {
            return t("report.period.all");
        }
        if (period.from() == null) {
            return t("report.period.upTo", "to", longDate(period.to()));
        }
        if (period.to() == null) {
            return t("report.period.from", "from", longDate(period.from()));
        }
        if (period.from().equals(period.to())) {
            return longDate(period.from());
        }
        return t("report.period.between", "from", longDate(period.from()), "to", longDate(period.to()));
    }

    /** The sentence of an empty report: "No activity was recorded in the period 1 November 2026 to 30 November 2026." */
    public static String nothingRecorded(Period period) {
        return t("report.nothingRecorded", "period", period(period));
    }

    /** The name the report is for; when none is set the report says so plainly rather than leave a gap. */
    public static String madeFor(String userName) {
        return userName == null || userName.isBlank() ? t("report.nameNotSet") : userName;
    }

    /** The PDF's other words ("Activity report", "Totals" ...), by the last part of their key. */
    static String file(String what, Object... nameValuePairs) {
        return Texts.current().get("report.file." + what, nameValuePairs);
    }

    /** A count as the language writes it ("1,234", "1.234"). */
    static String number(long n) {
        return Texts.current().number(n);
    }
}
