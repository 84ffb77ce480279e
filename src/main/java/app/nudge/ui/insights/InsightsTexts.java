package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Channel;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.Period;
import app.nudge.insights.ThankYouFigures;
import app.nudge.insights.Week;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every sentence of the Insights window in one place: the lines beside the charts and the text a
 * screen reader reads for each chart use the same words and the same numbers. The words come from
 * insights*.properties in the language of the run, read each time (never kept in a field: the
 * language may change between two windows).
 */
public final class InsightsTexts {

    private InsightsTexts() {
    }

    static String computeFailed() {
        return t("insights.computeFailed");
    }

    /** The message when a custom period ends before it starts; it names the field to change. */
    static String toBeforeFrom(LocalDate from, LocalDate to) {
        return t("insights.toBeforeFrom", "to", day(to), "from", day(from));
    }

    static String period(Period period, LocalDate today) {
        if (period.from() == null && period.to() == null) {
            return t("insights.range.all", "today", day(today));
        }
        if (period.from() == null) {
            return t("insights.range.upTo", "to", day(period.to()));
        }
        if (period.to() == null) {
            return t("insights.range.from", "from", day(period.from()));
        }
        return t("insights.range.between", "from", day(period.from()), "to", day(period.to()));
    }

    static String day(LocalDate day) {
        return Texts.current().date("format.dateYear", day);
    }

    static String shortDay(LocalDate day) {
        return Texts.current().date("format.dayMonth", day);
    }

    static String month(LocalDate day) {
        return Texts.current().date("format.monthYear", day);
    }

    static String weekday(LocalDate day) {
        return Texts.current().date("format.day", day);
    }

    /** "3 applications": {@code key} names a counted noun under insights.n. */
    static String counted(String noun, long n) {
        return Texts.current().count("insights.n." + noun, n);
    }

    // ---- Funnel ------------------------------------------------------------------------------

    static String funnelSpoken(Funnel f) {
        return t("insights.funnel.spoken", "applications", counted("application", f.applications()),
                "interviewed", f.interviewed(), "offers", counted("offer", f.offers()),
                "rejections", counted("rejection", f.rejections()), "noAnswer", f.closedWithoutAnswer(),
                "withdrawn", f.withdrawn(), "open", f.open());
    }

    // ---- Follow-ups --------------------------------------------------------------------------

    /** 1st, 2nd and 3rd-or-later: every attempt from the third on counts in the last. Keys are not shown. */
    static Map<String, Count> byAttemptGroup(SortedMap<Integer, Count> byAttempt) {
        Count first = byAttempt.getOrDefault(1, Count.NONE);
        Count second = byAttempt.getOrDefault(2, Count.NONE);
        int sent = 0;
        int answered = 0;
        for (Map.Entry<Integer, Count> e : byAttempt.tailMap(3).entrySet()) {
            sent += e.getValue().sent();
            answered += e.getValue().answered();
        }
        Map<String, Count> groups = new java.util.LinkedHashMap<>();
        groups.put("1st", first);
        groups.put("2nd", second);
        groups.put("3rd+", new Count(sent, answered));
        return groups;
    }

    static Count channel(FollowUpFigures f, Channel channel) {
        return f.byChannel().getOrDefault(channel, Count.NONE);
    }

    /** "5 sent, 4 answered (80%)". */
    static String count(Count c) {
        String sent = counted("sent", c.sent());
        String answered = counted("answered", c.answered());
        return c.sent() == 0 ? t("insights.sentAnswered", "sent", sent, "answered", answered)
                : t("insights.sentAnsweredRate", "sent", sent, "answered", answered, "rate", percent(c.rate()));
    }

    static String followUpsSpoken(FollowUpFigures f) {
        Map<String, Count> attempts = byAttemptGroup(f.byAttempt());
        return t("insights.followUps.spoken", "sent", counted("sent", f.sent()), "answered", counted("answered", f.answered()),
                "first", count(attempts.get("1st")), "second", count(attempts.get("2nd")),
                "later", count(attempts.get("3rd+")), "email", count(channel(f, Channel.EMAIL)),
                "phone", count(channel(f, Channel.PHONE)), "onTimeVersusLate", onTimeVersusLate(f));
    }

    static String onTimeVersusLate(FollowUpFigures f) {
        return t("insights.followUps.onTimeVersusLate", "onTime", rateWords(f.inWindow()), "late", rateWords(f.late()));
    }

    /** "5 of 6 (83%)", or "none sent". */
    static String rateWords(Count c) {
        return c.sent() == 0 ? t("insights.rate.none")
                : t("insights.rate", "answered", c.answered(), "sent", c.sent(), "rate", percent(c.rate()));
    }

    // ---- How long ----------------------------------------------------------------------------

    static String days(Number days) {
        if (days == null) {
            return t("insights.none");
        }
        double d = days.doubleValue();
        return t(d == 1 ? "insights.days.one" : "insights.days.other", "count", number(days));
    }

    /** "median 4 days; the middle half: 2 to 7 days; shortest 0 days, longest 15 days". */
    static String spreadWords(DaySpread s) {
        return t("insights.answerTimes.spread", "median", days(s.median()), "middle", middleHalf(s),
                "min", days(s.min()), "max", days(s.max()));
    }

    /** "2 to 7.5 days", or "6 days" when both quartiles are the same day (never "6 to 6 days"). */
    static String middleHalf(DaySpread s) {
        if (java.util.Objects.equals(s.lowerQuartile(), s.upperQuartile())) {
            return days(s.upperQuartile());
        }
        return t("insights.answerTimes.middleHalf", "from", number(s.lowerQuartile()), "to", days(s.upperQuartile()));
    }

    static String answerTimeSpoken(DaySpread s) {
        return t("insights.answerTimes.spoken", "answers", counted("answer", s.count()), "spread", spreadWords(s));
    }

    static String decisionLine(String group, DaySpread s) {
        return t("insights.decisions.line", "group", group, "median", days(s.median()),
                "decisions", counted("decision", s.count()));
    }

    static String countryName(String code) {
        return code == null || code.isBlank() ? t("insights.decisions.noCountry") : code;
    }

    /**
     * The preset as Settings names it: the report carries the enum's name ("STANDARD") or "CUSTOM"
     * for the user's own intervals (PlanInputs.presetName).
     */
    static String presetName(String preset) {
        String key = preset == null ? "" : preset.strip().toUpperCase(Locale.ROOT);
        if (key.equals("CUSTOM") || key.isEmpty()) {
            return t("insights.preset.own");
        }
        // A preset added later without its words yet still reads as a name.
        return Texts.current().has("insights.preset." + key) ? Texts.current().get("insights.preset." + key)
                : t("insights.preset.named", "name", key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT));
    }

    /** The part of a PNG's suggested name that says which days it shows: "2026-09-02-to-2026-11-30", "all-time". */
    static String fileDays(Period period) {
        if (period.from() == null && period.to() == null) {
            return "all-time";
        }
        if (period.from() == null) {
            return "up-to-" + period.to();
        }
        if (period.to() == null) {
            return "from-" + period.from();
        }
        return period.from() + "-to-" + period.to();
    }

    static String decisionsSpoken(DaySpread all, List<String> lines) {
        return t("insights.decisions.spoken", "decisions", counted("decision", all.count()), "median", days(all.median()),
                "lines", String.join("; ", lines));
    }

    // ---- Week by week ------------------------------------------------------------------------

    static int[] totals(List<Week> weeks) {
        int[] t = new int[3];
        for (Week w : weeks) {
            t[0] += w.interviews();
            t[1] += w.messagesSent();
            t[2] += w.answersReceived();
        }
        return t;
    }

    static String weekWords(Week w) {
        return t("insights.weeks.words", "interviews", counted("interview", w.interviews()),
                "messages", counted("messageSent", w.messagesSent()), "answers", counted("answerReceived", w.answersReceived()));
    }

    static String weeksSpoken(List<Week> weeks) {
        int[] t = totals(weeks);
        Week last = weeks.get(weeks.size() - 1);
        return t("insights.weeks.spoken", "weeks", counted("week", weeks.size()), "first", day(weeks.get(0).monday()),
                "total", weekWords(new Week(null, t[0], t[1], t[2])), "last", day(last.monday()), "latest", weekWords(last));
    }

    // ---- Thank-yous --------------------------------------------------------------------------

    static String thankYouSpoken(ThankYouFigures t) {
        return t.sent() == 0 ? t("insights.thankYous.spoken", "sent", t.sent(), "onTime", t.onTime())
                : t("insights.thankYous.spokenShare", "sent", t.sent(), "onTime", t.onTime(),
                        "share", percent((double) t.onTime() / t.sent()));
    }

    // ---- Small words -------------------------------------------------------------------------

    static String percent(double share) {
        return t("insights.percent", "value", Math.round(share * 100));
    }

    /** A whole number as is, else one decimal, written the language's way ("4.5", "4,5"). */
    static String number(Number n) {
        if (n == null) {
            return t("insights.none");
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? Texts.current().number((long) d)
                : java.text.NumberFormat.getNumberInstance(Texts.current().locale()).format(Math.round(d * 10) / 10.0);
    }
}
