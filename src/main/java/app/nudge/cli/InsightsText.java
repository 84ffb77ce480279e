package app.nudge.cli;

import app.nudge.domain.Channel;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;

/** The readable summary of {@code nudge insights}: a dozen lines a person reads in a terminal. */
final class InsightsText {

    private InsightsText() {
    }

    static void write(InsightsReport report, PrintStream out) {
        Texts texts = Texts.current();
        out.println(texts.get("cli.insights.title", "period", period(report.period()), "today", day(report.today())));
        Funnel f = report.funnel();
        out.println(texts.get("cli.insights.funnel", "applications", f.applications(), "interviewed", f.interviewed(),
                "offers", f.offers(), "rejections", f.rejections(), "open", f.open(),
                "noAnswer", f.closedWithoutAnswer(), "withdrawn", f.withdrawn()));
        FollowUpFigures followUps = report.followUps();
        out.println(texts.get("cli.insights.followUps", "answered", answered(new Count(followUps.sent(), followUps.answered())))
                + daysToAnswer(followUps.daysToAnswer()));
        for (Map.Entry<Integer, Count> attempt : followUps.byAttempt().entrySet()) {
            out.println("  " + attempt(attempt.getKey()) + ": " + answered(attempt.getValue()));
        }
        out.println("  " + texts.get("cli.insights.byEmail", "answered",
                answered(followUps.byChannel().getOrDefault(Channel.EMAIL, Count.NONE))));
        out.println("  " + texts.get("cli.insights.byPhone", "answered",
                answered(followUps.byChannel().getOrDefault(Channel.PHONE, Count.NONE))));
        out.println("  " + texts.get("cli.insights.onTime", "answered", answered(followUps.inWindow())));
        out.println("  " + texts.get("cli.insights.late", "answered", answered(followUps.late())));
        out.println("  " + texts.get("cli.insights.nothingPlanned", "answered", answered(followUps.noWindow())));
        out.println(texts.get("cli.insights.thankYous", "sent", report.thankYous().sent(), "onTime", report.thankYous().onTime()));
        DaySpread decisions = report.decisions().all();
        out.println(texts.get("cli.insights.decisions", "decisions", decisions.count() == 0 ? texts.get("cli.insights.noDecisions")
                : texts.count("cli.insights.decisionCount", decisions.count(), "typical", days(decisions.median()),
                "middleHalf", middleHalf(decisions))));
        out.println(texts.count("cli.insights.dueNextWeek", report.dueNextWeek().size()));
    }

    private static String day(LocalDate day) {
        return Texts.current().date("format.dayYear", day);
    }

    private static String period(Period period) {
        if (period.from() == null && period.to() == null) {
            return Texts.t("cli.insights.period.all");
        }
        if (period.to() == null) {
            return Texts.t("cli.insights.period.from", "from", day(period.from()));
        }
        if (period.from() == null) {
            return Texts.t("cli.insights.period.upTo", "to", day(period.to()));
        }
        return Texts.t("cli.insights.period.between", "from", day(period.from()), "to", day(period.to()));
    }

    private static String answered(Count count) {
        if (count.sent() == 0) {
            return Texts.t("cli.insights.noneSent");
        }
        return Texts.t("cli.insights.answered", "sent", count.sent(), "answered", count.answered(),
                "percent", Math.round(count.rate() * 100));
    }

    private static String daysToAnswer(DaySpread spread) {
        if (spread.count() == 0) {
            return "";
        }
        return Texts.t("cli.insights.daysToAnswer", "median", days(spread.median()), "middleHalf", middleHalf(spread),
                "longest", days(spread.max().doubleValue()));
    }

    /** "0.5 to 4 days for the middle half", or "6 days for the middle half" when both quartiles agree. */
    private static String middleHalf(DaySpread spread) {
        if (spread.lowerQuartile().equals(spread.upperQuartile())) {
            return Texts.t("cli.insights.middleHalf", "days", days(spread.upperQuartile()));
        }
        return Texts.t("cli.insights.middleHalfRange", "low", number(spread.lowerQuartile()),
                "days", days(spread.upperQuartile()));
    }

    /** "1 day", "2.5 days" (French: "1,5 jour", as French counts anything under two as one). */
    private static String days(Double value) {
        Texts texts = Texts.current();
        boolean one = value == 1 || texts.language() == Language.FR && value < 2;
        return texts.get("cli.insights.days." + (one ? "one" : "other"), "count", number(value));
    }

    /** A whole number as such, else one decimal, in the language's way (0.5, 0,5). */
    private static String number(Double value) {
        Texts texts = Texts.current();
        if (value == Math.rint(value)) {
            return texts.number(value.longValue());
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP); // as "%.1f" rounds: 0.25 is 0.3
        return format.format(value);
    }

    /** "1st attempt", "2. Versuch": the first three have their own forms in some languages; 11 to 13 never do. */
    private static String attempt(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        String form = lastTwo >= 11 && lastTwo <= 13 || last < 1 || last > 3 ? "other" : Integer.toString(last);
        return Texts.t("cli.insights.attempt." + form, "n", n);
    }
}
