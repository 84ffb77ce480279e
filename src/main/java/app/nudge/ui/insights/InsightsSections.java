package app.nudge.ui.insights;

import static app.nudge.ui.insights.InsightsTexts.count;
import static app.nudge.ui.insights.InsightsTexts.days;
import static app.nudge.ui.insights.InsightsTexts.percent;

import app.nudge.domain.Channel;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.DecisionTimes;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.ThankYouFigures;
import app.nudge.insights.Week;
import app.nudge.policy.PlannedAction;
import app.nudge.ui.board.ActionTexts;
import app.nudge.ui.insights.ChartCard.Figure;
import app.nudge.ui.insights.ChartCard.Section;
import app.nudge.ui.insights.InsightsCharts.Bars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report as the window's sections, pictures first and the same numbers in words beside them. */
final class InsightsSections {

    /** How many of next week's actions are listed by name; the rest are counted. */
    static final int DUE_LISTED = 5;

    private InsightsSections() {
    }

    static List<Section> of(InsightsReport report) {
        return List.of(funnel(report.funnel()), followUps(report.followUps()), answerTimes(report.followUps().daysToAnswer()),
                decisions(report.decisions()), weeks(report), thankYous(report.thankYous()));
    }

    static Section funnel(Funnel f) {
        String title = "Where your applications got to";
        if (f.applications() == 0) {
            return new Section("funnel", title, "funnel", InsightsTexts.NO_APPLICATIONS, null, List.of());
        }
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put("Applications", f.applications()); // not "Applied": counted by first interview
        bars.put("Interviewed", f.interviewed());
        bars.put("Offers", f.offers());
        bars.put("Rejections", f.rejections());
        bars.put("No answer", f.closedWithoutAnswer());
        bars.put("Withdrawn", f.withdrawn());
        bars.put("Not closed", f.open()); // "open" read wrong: an unanswered rejection is not closed yet
        List<Figure> figures = List.of(
                new Figure("funnelApplications", "Applications: " + f.applications()),
                new Figure("funnelInterviewed", "Interviewed: " + f.interviewed() + " (" + share(f.interviewed(), f.applications()) + ")"),
                new Figure("funnelOffers", "Offers: " + f.offers()),
                new Figure("funnelRejections", "Rejections: " + f.rejections()),
                new Figure("funnelClosedWithoutAnswer", "Closed without an answer: " + f.closedWithoutAnswer()),
                new Figure("funnelWithdrawn", "Withdrawn: " + f.withdrawn()),
                new Figure("funnelOpen", "Not closed yet: " + f.open()),
                Figure.note("funnelCountedOn", InsightsTexts.FUNNEL_COUNTED_ON));
        return new Section("funnel", title, "funnel", null, InsightsCharts.bars("funnelChart", "applications",
                InsightsTexts.funnelSpoken(f), List.of(new Bars("Applications", bars))), figures);
    }

    static Section followUps(FollowUpFigures f) {
        String title = "Does following up work?";
        if (f.sent() == 0) {
            return new Section("followUps", title, "follow-up", InsightsTexts.NO_FOLLOW_UPS, null, List.of());
        }
        Map<String, Count> groups = new LinkedHashMap<>(InsightsTexts.byAttemptGroup(f.byAttempt()));
        groups.put("Email", InsightsTexts.channel(f, Channel.EMAIL));
        groups.put("Phone", InsightsTexts.channel(f, Channel.PHONE));
        groups.put("On time", f.inWindow());
        groups.put("Late", f.late());
        Map<String, Integer> sent = new LinkedHashMap<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        groups.forEach((name, c) -> {
            sent.put(name, c.sent());
            answered.put(name, c.answered());
        });
        Map<String, Count> attempts = InsightsTexts.byAttemptGroup(f.byAttempt());
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("followUpsTotal", "Sent: " + f.sent() + ", answered: " + f.answered() + " (" + share(f.answered(), f.sent()) + ")"),
                new Figure("followUpsFirst", "1st attempt: " + count(attempts.get("1st"))),
                new Figure("followUpsSecond", "2nd attempt: " + count(attempts.get("2nd"))),
                new Figure("followUpsLater", "3rd or later: " + count(attempts.get("3rd+"))),
                new Figure("followUpsEmail", "By email: " + count(InsightsTexts.channel(f, Channel.EMAIL))),
                new Figure("followUpsPhone", "By phone: " + count(InsightsTexts.channel(f, Channel.PHONE))),
                new Figure("followUpsOnTime", "Sent on time: " + count(f.inWindow())),
                new Figure("followUpsLate", "Sent late: " + count(f.late()))));
        if (f.noWindow().sent() > 0) {
            figures.add(new Figure("followUpsUnplanned", "Not planned: " + count(f.noWindow())));
        }
        figures.add(Figure.note("followUpsCounted", InsightsTexts.FOLLOW_UPS_COUNTED));
        return new Section("followUps", title, "follow-up", null, InsightsCharts.bars("followUpsChart", "follow-ups",
                InsightsTexts.followUpsSpoken(f), List.of(new Bars("Sent", sent), new Bars("Answered", answered))), figures);
    }

    static Section answerTimes(DaySpread s) {
        String title = "How long they take to answer";
        if (s.count() == 0) {
            return new Section("answerTimes", title, "answer time", InsightsTexts.NO_ANSWERS, null, List.of());
        }
        Map<String, Number> bars = new LinkedHashMap<>();
        bars.put("Shortest", s.min());
        bars.put("Lower quarter", s.lowerQuartile());
        bars.put("Median", s.median());
        bars.put("Upper quarter", s.upperQuartile());
        bars.put("Longest", s.max());
        List<Figure> figures = List.of(
                new Figure("answerTimesMedian", "Usually " + days(s.median()) + " (the median of " + s.count() + ")"),
                new Figure("answerTimesMiddle", "The middle half: " + InsightsTexts.middleHalf(s)),
                new Figure("answerTimesRange", "Shortest " + days(s.min()) + ", longest " + days(s.max())));
        return new Section("answerTimes", title, "answer time", null, InsightsCharts.bars("answerTimesChart", "days",
                InsightsTexts.answerTimeSpoken(s), List.of(new Bars("Days to answer", bars))), figures);
    }

    static Section decisions(DecisionTimes d) {
        String title = "From interview to decision";
        if (d.all().count() == 0) {
            return new Section("decisions", title, "decision time", InsightsTexts.NO_DECISIONS, null, List.of());
        }
        Map<String, Number> bars = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        bars.put("All", d.all().median());
        figures.add(new Figure("decisionsAll", InsightsTexts.decisionLine("All", d.all())));
        int row = 0;
        for (Map.Entry<String, DaySpread> e : d.byPreset().entrySet()) {
            String name = InsightsTexts.presetName(e.getKey());
            add(name, e.getValue(), "decisionsPreset" + row++, bars, figures, spoken);
        }
        row = 0;
        for (Map.Entry<String, DaySpread> e : d.byCountry().entrySet()) {
            add(InsightsTexts.countryName(e.getKey()), e.getValue(), "decisionsCountry" + row++, bars, figures, spoken);
        }
        return new Section("decisions", title, "decision time", null, InsightsCharts.bars("decisionsChart", "median days",
                InsightsTexts.decisionsSpoken(d.all(), spoken), List.of(new Bars("Median days", bars))), figures);
    }

    private static void add(String name, DaySpread s, String id, Map<String, Number> bars, List<Figure> figures,
                            List<String> spoken) {
        if (s.count() == 0) {
            return; // no bar of height "unknown"
        }
        bars.put(name, s.median());
        String line = InsightsTexts.decisionLine(name, s);
        figures.add(new Figure(id, line));
        spoken.add(line);
    }

    static Section weeks(InsightsReport report) {
        String title = "Week by week";
        List<Figure> due = dueNextWeek(report.dueNextWeek());
        List<Week> weeks = report.weeks();
        if (weeks.isEmpty()) {
            return new Section("weeks", title, "week-by-week", InsightsTexts.NO_WEEKS, null, due);
        }
        int[] interviews = weeks.stream().mapToInt(Week::interviews).toArray();
        int[] sent = weeks.stream().mapToInt(Week::messagesSent).toArray();
        int[] answers = weeks.stream().mapToInt(Week::answersReceived).toArray();
        int[] totals = InsightsTexts.totals(weeks);
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("weeksInterviews", "Interviews: " + totals[0]),
                new Figure("weeksSent", "Messages sent: " + totals[1]),
                new Figure("weeksAnswers", "Answers received: " + totals[2]),
                Figure.note("weeksCounted", InsightsTexts.WEEKS_COUNTED)));
        figures.addAll(due);
        return new Section("weeks", title, "week-by-week", null, InsightsCharts.lines("weeksChart", "per week",
                InsightsTexts.weeksSpoken(weeks), weeks.size(), i -> weeks.size() > InsightsCharts.LONG ? InsightsTexts.month(weeks.get(i).monday())
                        : InsightsTexts.shortDay(weeks.get(i).monday()),
                List.of(Map.entry("Interviews", interviews), Map.entry("Messages sent", sent),
                        Map.entry("Answers received", answers))), figures);
    }

    private static List<Figure> dueNextWeek(List<PlannedAction> due) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("weeksDue", due.isEmpty() ? InsightsTexts.NOTHING_DUE : "Due next week: " + due.size()));
        for (int i = 0; i < Math.min(DUE_LISTED, due.size()); i++) {
            PlannedAction a = due.get(i);
            figures.add(new Figure("weeksDue" + i, InsightsTexts.weekday(a.due()) + ": " + ActionTexts.describe(a)
                    + (a.company() == null || a.company().isBlank() ? "" : " (" + a.company() + ")")));
        }
        if (due.size() > DUE_LISTED) {
            figures.add(new Figure("weeksDueMore", "and " + (due.size() - DUE_LISTED) + " more"));
        }
        return figures;
    }

    static Section thankYous(ThankYouFigures t) {
        String title = "Thank-you notes";
        if (t.sent() == 0) {
            return new Section("thankYous", title, "thank-you", InsightsTexts.NO_THANK_YOUS, null, List.of());
        }
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put("Sent", t.sent());
        bars.put("On time", t.onTime());
        List<Figure> figures = List.of(new Figure("thankYousSent", "Sent: " + t.sent()),
                new Figure("thankYousOnTime", "On time (by the day after the interview): " + t.onTime() + " ("
                        + share(t.onTime(), t.sent()) + ")"));
        return new Section("thankYous", title, "thank-you", null, InsightsCharts.bars("thankYousChart", "notes",
                InsightsTexts.thankYouSpoken(t), List.of(new Bars("Thank-you notes", bars))), figures);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "–" : percent((double) part / whole);
    }
}
