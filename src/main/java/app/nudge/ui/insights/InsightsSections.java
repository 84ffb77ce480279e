package app.nudge.ui.insights;

import static app.nudge.ui.insights.InsightsTexts.count;
import static app.nudge.ui.insights.InsightsTexts.days;
import static app.nudge.ui.insights.InsightsTexts.percent;
import static app.nudge.i18n.Texts.t;

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
        String title = t("insights.funnel.title");
        String what = t("insights.funnel.what");
        if (f.applications() == 0) {
            return new Section("funnel", title, what, t("insights.funnel.empty"), null, List.of());
        }
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put(t("insights.funnel.bar.applications"), f.applications()); // not "Applied": counted by first interview
        bars.put(t("insights.funnel.bar.interviewed"), f.interviewed());
        bars.put(t("insights.funnel.bar.offers"), f.offers());
        bars.put(t("insights.funnel.bar.rejections"), f.rejections());
        bars.put(t("insights.funnel.bar.noAnswer"), f.closedWithoutAnswer());
        bars.put(t("insights.funnel.bar.withdrawn"), f.withdrawn());
        bars.put(t("insights.funnel.bar.open"), f.open()); // "open" read wrong: an unanswered rejection is not closed yet
        List<Figure> figures = List.of(
                new Figure("funnelApplications", t("insights.funnel.applications", "count", f.applications())),
                new Figure("funnelInterviewed", t("insights.funnel.interviewed", "count", f.interviewed(),
                        "share", share(f.interviewed(), f.applications()))),
                new Figure("funnelOffers", t("insights.funnel.offers", "count", f.offers())),
                new Figure("funnelRejections", t("insights.funnel.rejections", "count", f.rejections())),
                new Figure("funnelClosedWithoutAnswer", t("insights.funnel.closedWithoutAnswer", "count", f.closedWithoutAnswer())),
                new Figure("funnelWithdrawn", t("insights.funnel.withdrawn", "count", f.withdrawn())),
                new Figure("funnelOpen", t("insights.funnel.open", "count", f.open())),
                Figure.note("funnelCountedOn", t("insights.funnel.countedOn")));
        return new Section("funnel", title, what, null, InsightsCharts.bars("funnelChart", t("insights.funnel.axis"),
                InsightsTexts.funnelSpoken(f), List.of(new Bars(t("insights.funnel.bar.applications"), bars))), figures);
    }

    static Section followUps(FollowUpFigures f) {
        String title = t("insights.followUps.title");
        String what = t("insights.followUps.what");
        if (f.sent() == 0) {
            return new Section("followUps", title, what, t("insights.followUps.empty"), null, List.of());
        }
        Map<String, Count> attempts = InsightsTexts.byAttemptGroup(f.byAttempt());
        Map<String, Count> groups = new LinkedHashMap<>();
        groups.put(t("insights.followUps.bar.first"), attempts.get("1st"));
        groups.put(t("insights.followUps.bar.second"), attempts.get("2nd"));
        groups.put(t("insights.followUps.bar.later"), attempts.get("3rd+"));
        groups.put(t("insights.followUps.bar.email"), InsightsTexts.channel(f, Channel.EMAIL));
        groups.put(t("insights.followUps.bar.phone"), InsightsTexts.channel(f, Channel.PHONE));
        groups.put(t("insights.followUps.bar.onTime"), f.inWindow());
        groups.put(t("insights.followUps.bar.late"), f.late());
        Map<String, Integer> sent = new LinkedHashMap<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        groups.forEach((name, c) -> {
            sent.put(name, c.sent());
            answered.put(name, c.answered());
        });
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("followUpsTotal", t("insights.followUps.total", "sent", f.sent(), "answered", f.answered(),
                        "share", share(f.answered(), f.sent()))),
                new Figure("followUpsFirst", t("insights.followUps.first", "count", count(attempts.get("1st")))),
                new Figure("followUpsSecond", t("insights.followUps.second", "count", count(attempts.get("2nd")))),
                new Figure("followUpsLater", t("insights.followUps.later", "count", count(attempts.get("3rd+")))),
                new Figure("followUpsEmail", t("insights.followUps.email", "count", count(InsightsTexts.channel(f, Channel.EMAIL)))),
                new Figure("followUpsPhone", t("insights.followUps.phone", "count", count(InsightsTexts.channel(f, Channel.PHONE)))),
                new Figure("followUpsOnTime", t("insights.followUps.onTime", "count", count(f.inWindow()))),
                new Figure("followUpsLate", t("insights.followUps.late", "count", count(f.late())))));
        if (f.noWindow().sent() > 0) {
            figures.add(new Figure("followUpsUnplanned", t("insights.followUps.unplanned", "count", count(f.noWindow()))));
        }
        figures.add(Figure.note("followUpsCounted", t("insights.followUps.counted")));
        return new Section("followUps", title, what, null, InsightsCharts.bars("followUpsChart", t("insights.followUps.axis"),
                InsightsTexts.followUpsSpoken(f), List.of(new Bars(t("insights.followUps.series.sent"), sent),
                        new Bars(t("insights.followUps.series.answered"), answered))), figures);
    }

    static Section answerTimes(DaySpread s) {
        String title = t("insights.answerTimes.title");
        String what = t("insights.answerTimes.what");
        if (s.count() == 0) {
            return new Section("answerTimes", title, what, t("insights.answerTimes.empty"), null, List.of());
        }
        Map<String, Number> bars = new LinkedHashMap<>();
        bars.put(t("insights.answerTimes.bar.shortest"), s.min());
        bars.put(t("insights.answerTimes.bar.lowerQuarter"), s.lowerQuartile());
        bars.put(t("insights.answerTimes.bar.median"), s.median());
        bars.put(t("insights.answerTimes.bar.upperQuarter"), s.upperQuartile());
        bars.put(t("insights.answerTimes.bar.longest"), s.max());
        List<Figure> figures = List.of(
                new Figure("answerTimesMedian", t("insights.answerTimes.median", "days", days(s.median()), "count", s.count())),
                new Figure("answerTimesMiddle", t("insights.answerTimes.middle", "middle", InsightsTexts.middleHalf(s))),
                new Figure("answerTimesRange", t("insights.answerTimes.range", "min", days(s.min()), "max", days(s.max()))));
        return new Section("answerTimes", title, what, null, InsightsCharts.bars("answerTimesChart", t("insights.answerTimes.axis"),
                InsightsTexts.answerTimeSpoken(s), List.of(new Bars(t("insights.answerTimes.series"), bars))), figures);
    }

    static Section decisions(DecisionTimes d) {
        String title = t("insights.decisions.title");
        String what = t("insights.decisions.what");
        if (d.all().count() == 0) {
            return new Section("decisions", title, what, t("insights.decisions.empty"), null, List.of());
        }
        Map<String, Number> bars = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        String all = t("insights.decisions.all");
        bars.put(all, d.all().median());
        figures.add(new Figure("decisionsAll", InsightsTexts.decisionLine(all, d.all())));
        int row = 0;
        for (Map.Entry<String, DaySpread> e : d.byPreset().entrySet()) {
            String name = InsightsTexts.presetName(e.getKey());
            add(name, e.getValue(), "decisionsPreset" + row++, bars, figures, spoken);
        }
        row = 0;
        for (Map.Entry<String, DaySpread> e : d.byCountry().entrySet()) {
            add(InsightsTexts.countryName(e.getKey()), e.getValue(), "decisionsCountry" + row++, bars, figures, spoken);
        }
        return new Section("decisions", title, what, null, InsightsCharts.bars("decisionsChart", t("insights.decisions.axis"),
                InsightsTexts.decisionsSpoken(d.all(), spoken), List.of(new Bars(t("insights.decisions.series"), bars))), figures);
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
        String title = t("insights.weeks.title");
        String what = t("insights.weeks.what");
        List<Figure> due = dueNextWeek(report.dueNextWeek());
        List<Week> weeks = report.weeks();
        if (weeks.isEmpty()) {
            return new Section("weeks", title, what, t("insights.weeks.empty"), null, due);
        }
        int[] interviews = weeks.stream().mapToInt(Week::interviews).toArray();
        int[] sent = weeks.stream().mapToInt(Week::messagesSent).toArray();
        int[] answers = weeks.stream().mapToInt(Week::answersReceived).toArray();
        int[] totals = InsightsTexts.totals(weeks);
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("weeksInterviews", t("insights.weeks.interviews", "count", totals[0])),
                new Figure("weeksSent", t("insights.weeks.sent", "count", totals[1])),
                new Figure("weeksAnswers", t("insights.weeks.answers", "count", totals[2])),
                Figure.note("weeksCounted", t("insights.weeks.counted"))));
        figures.addAll(due);
        return new Section("weeks", title, what, null, InsightsCharts.lines("weeksChart", t("insights.weeks.axis"),
                InsightsTexts.weeksSpoken(weeks), weeks.size(), i -> weeks.size() > InsightsCharts.LONG ? InsightsTexts.month(weeks.get(i).monday())
                        : InsightsTexts.shortDay(weeks.get(i).monday()),
                List.of(Map.entry(t("insights.weeks.series.interviews"), interviews),
                        Map.entry(t("insights.weeks.series.sent"), sent),
                        Map.entry(t("insights.weeks.series.answers"), answers))), figures);
    }

    private static List<Figure> dueNextWeek(List<PlannedAction> due) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("weeksDue", due.isEmpty() ? t("insights.weeks.nothingDue")
                : t("insights.weeks.due", "count", due.size())));
        for (int i = 0; i < Math.min(DUE_LISTED, due.size()); i++) {
            PlannedAction a = due.get(i);
            String day = InsightsTexts.weekday(a.due());
            figures.add(new Figure("weeksDue" + i, a.company() == null || a.company().isBlank()
                    ? t("insights.weeks.dueItem", "day", day, "action", ActionTexts.describe(a))
                    : t("insights.weeks.dueItemCompany", "day", day, "action", ActionTexts.describe(a), "company", a.company())));
        }
        if (due.size() > DUE_LISTED) {
            figures.add(new Figure("weeksDueMore", t("insights.weeks.dueMore", "count", due.size() - DUE_LISTED)));
        }
        return figures;
    }

    static Section thankYous(ThankYouFigures t) {
        String title = t("insights.thankYous.title");
        String what = t("insights.thankYous.what");
        if (t.sent() == 0) {
            return new Section("thankYous", title, what, t("insights.thankYous.empty"), null, List.of());
        }
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put(t("insights.thankYous.bar.sent"), t.sent());
        bars.put(t("insights.thankYous.bar.onTime"), t.onTime());
        List<Figure> figures = List.of(new Figure("thankYousSent", t("insights.thankYous.sent", "count", t.sent())),
                new Figure("thankYousOnTime", t("insights.thankYous.onTime", "count", t.onTime(),
                        "share", share(t.onTime(), t.sent()))));
        return new Section("thankYous", title, what, null, InsightsCharts.bars("thankYousChart", t("insights.thankYous.axis"),
                InsightsTexts.thankYouSpoken(t), List.of(new Bars(t("insights.thankYous.series"), bars))), figures);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? t("insights.none") : percent((double) part / whole);
    }
}
