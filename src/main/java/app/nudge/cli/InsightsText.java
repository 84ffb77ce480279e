package app.nudge.cli;

import app.nudge.domain.Channel;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The readable summary of {@code nudge insights}: a dozen lines a person reads in a terminal. */
final class InsightsText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private InsightsText() {
    }

    static void write(InsightsReport report, PrintStream out) {
        out.println("Your search, " + period(report.period()) + " (today is " + DAY.format(report.today()) + ")");
        Funnel f = report.funnel();
        out.println("Applications: " + f.applications() + "; interviewed " + f.interviewed() + ", offers " + f.offers()
                + ", rejections " + f.rejections() + ", not closed yet " + f.open() + ", closed without an answer "
                + f.closedWithoutAnswer() + ", withdrawn " + f.withdrawn());
        FollowUpFigures followUps = report.followUps();
        out.println("Follow-ups: " + answered(new Count(followUps.sent(), followUps.answered()))
                + daysToAnswer(followUps.daysToAnswer()));
        for (Map.Entry<Integer, Count> attempt : followUps.byAttempt().entrySet()) {
            out.println("  " + ordinal(attempt.getKey()) + " attempt: " + answered(attempt.getValue()));
        }
        out.println("  by email: " + answered(followUps.byChannel().getOrDefault(Channel.EMAIL, Count.NONE)));
        out.println("  by phone: " + answered(followUps.byChannel().getOrDefault(Channel.PHONE, Count.NONE)));
        out.println("  on time (by the planned day): " + answered(followUps.inWindow()));
        out.println("  late: " + answered(followUps.late()));
        out.println("  with nothing planned: " + answered(followUps.noWindow()));
        out.println("Thank-yous: " + report.thankYous().sent() + " sent, " + report.thankYous().onTime()
                + " on time (by the day after the interview)");
        DaySpread decisions = report.decisions().all();
        out.println("Decisions: " + (decisions.count() == 0 ? "none yet"
                : decisions.count() + (decisions.count() == 1 ? " decision" : " decisions") + ", typically "
                + days(decisions.median()) + " after the interview (" + middleHalf(decisions) + ")"));
        int due = report.dueNextWeek().size();
        out.println("Due next week: " + due + (due == 1 ? " step" : " steps") + " ('nudge plan' lists them)");
    }

    private static String period(Period period) {
        if (period.from() == null && period.to() == null) {
            return "all time";
        }
        if (period.to() == null) {
            return "from " + DAY.format(period.from());
        }
        if (period.from() == null) {
            return "up to " + DAY.format(period.to());
        }
        return DAY.format(period.from()) + " to " + DAY.format(period.to());
    }

    private static String answered(Count count) {
        if (count.sent() == 0) {
            return "none sent";
        }
        return count.sent() + " sent, " + count.answered() + " answered ("
                + Math.round(count.rate() * 100) + "%)";
    }

    private static String daysToAnswer(DaySpread spread) {
        if (spread.count() == 0) {
            return "";
        }
        return "; answers came after " + days(spread.median()) + " (median; " + middleHalf(spread) + ", longest "
                + days(spread.max().doubleValue()) + ")";
    }

    /** "0.5 to 4 days for the middle half", or "6 days for the middle half" when both quartiles agree. */
    private static String middleHalf(DaySpread spread) {
        if (spread.lowerQuartile().equals(spread.upperQuartile())) {
            return days(spread.upperQuartile()) + " for the middle half";
        }
        return number(spread.lowerQuartile()) + " to " + days(spread.upperQuartile()) + " for the middle half";
    }

    private static String days(Double value) {
        String number = number(value);
        return number + (number.equals("1") ? " day" : " days");
    }

    private static String number(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
