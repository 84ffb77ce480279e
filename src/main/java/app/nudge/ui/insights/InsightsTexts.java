package app.nudge.ui.insights;

import app.nudge.domain.Channel;
import app.nudge.insights.Count;
import app.nudge.insights.DaySpread;
import app.nudge.insights.FollowUpFigures;
import app.nudge.insights.Funnel;
import app.nudge.insights.Period;
import app.nudge.insights.ThankYouFigures;
import app.nudge.insights.Week;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every sentence of the Insights window in one place: the lines beside the charts and the text a
 * screen reader reads for each chart use the same words and the same numbers.
 */
public final class InsightsTexts {

    static final String COMPUTE_FAILED = "Could not work out the figures just now (your records are unchanged); try Refresh.";
    static final String NO_APPLICATIONS = "No applications in this period.";
    static final String NO_FOLLOW_UPS = "No follow-ups sent in this period.";
    static final String NO_ANSWERS = "No follow-up was answered in this period.";
    static final String NO_DECISIONS = "No offers or rejections came in this period.";
    static final String NO_WEEKS = "Nothing recorded in this period.";
    static final String NO_THANK_YOUS = "No thank-you notes sent in this period.";
    static final String NOTHING_DUE = "Nothing due next week.";
    /** Under the funnel: "Applications" in a period are not the ones sent in it (Funnel's definition). */
    static final String FUNNEL_COUNTED_ON = "Counted on their first interview, or the day you applied when there is none.";
    /** Why a voicemail or an answer without a follow-up before it is not here (a trial asked). */
    static final String FOLLOW_UPS_COUNTED = "Follow-ups are the messages and calls you marked as sent; a voicemail is"
            + " not one. An answer counts for the follow-up just before it.";
    static final String WEEKS_COUNTED = "Answers received counts every reply, check-back, offer and rejection of the"
            + " week, whether or not a follow-up came before it. Weeks are counted whole.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private InsightsTexts() {
    }

    /** The message when a custom period ends before it starts; it names the field to change. */
    static String toBeforeFrom(LocalDate from, LocalDate to) {
        return "To: " + DAY.format(to) + " is before From (" + DAY.format(from) + "); choose a day on or after it.";
    }

    static String period(Period period, LocalDate today) {
        if (period.from() == null && period.to() == null) {
            return "All time, up to " + DAY.format(today);
        }
        if (period.from() == null) {
            return "Everything up to " + DAY.format(period.to());
        }
        if (period.to() == null) {
            return "From " + DAY.format(period.from()) + " on";
        }
        return DAY.format(period.from()) + " to " + DAY.format(period.to());
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    static String month(LocalDate day) {
        return MONTH.format(day);
    }

    static String weekday(LocalDate day) {
        return WEEKDAY.format(day);
    }

    // ---- Funnel ------------------------------------------------------------------------------

    static String funnelSpoken(Funnel f) {
        return "Funnel: " + f.applications() + plural(f.applications(), " application", " applications") + ", "
                + f.interviewed() + " interviewed, " + f.offers() + plural(f.offers(), " offer", " offers") + ", "
                + f.rejections() + plural(f.rejections(), " rejection", " rejections") + ", "
                + f.closedWithoutAnswer() + " closed without an answer, " + f.withdrawn() + " withdrawn, "
                + f.open() + " not closed yet.";
    }

    // ---- Follow-ups --------------------------------------------------------------------------

    /** 1st, 2nd and 3rd-or-later: every attempt from the third on counts in the last. */
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
        return c.sent() + " sent, " + c.answered() + " answered" + (c.sent() == 0 ? "" : " (" + percent(c.rate()) + ")");
    }

    static String followUpsSpoken(FollowUpFigures f) {
        Map<String, Count> attempts = byAttemptGroup(f.byAttempt());
        return "Follow-ups: " + f.sent() + " sent, " + f.answered() + " answered. "
                + "First attempt " + count(attempts.get("1st")) + "; second attempt " + count(attempts.get("2nd"))
                + "; third or later " + count(attempts.get("3rd+")) + ". By email " + count(channel(f, Channel.EMAIL))
                + "; by phone " + count(channel(f, Channel.PHONE)) + ". " + onTimeVersusLate(f);
    }

    static String onTimeVersusLate(FollowUpFigures f) {
        return "Answered when sent on time: " + rateWords(f.inWindow()) + "; when sent late: " + rateWords(f.late()) + ".";
    }

    /** "5 of 6 (83%)", or "none sent". */
    static String rateWords(Count c) {
        return c.sent() == 0 ? "none sent" : c.answered() + " of " + c.sent() + " (" + percent(c.rate()) + ")";
    }

    // ---- How long ----------------------------------------------------------------------------

    static String days(Number days) {
        if (days == null) {
            return "–";
        }
        double d = days.doubleValue();
        String n = d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
        return n + (d == 1 ? " day" : " days");
    }

    /** "median 4 days; the middle half: 2 to 7 days; shortest 0 days, longest 15 days". */
    static String spreadWords(DaySpread s) {
        return "median " + days(s.median()) + "; the middle half: " + middleHalf(s)
                + "; shortest " + days(s.min()) + ", longest " + days(s.max());
    }

    /** "2 to 7.5 days", or "6 days" when both quartiles are the same day (never "6 to 6 days"). */
    static String middleHalf(DaySpread s) {
        if (java.util.Objects.equals(s.lowerQuartile(), s.upperQuartile())) {
            return days(s.upperQuartile());
        }
        return number(s.lowerQuartile()) + " to " + days(s.upperQuartile());
    }

    static String answerTimeSpoken(DaySpread s) {
        return "Days from a follow-up to its answer, " + s.count() + plural(s.count(), " answer", " answers") + ": "
                + spreadWords(s) + ".";
    }

    static String decisionLine(String group, DaySpread s) {
        return group + ": median " + days(s.median()) + " (" + s.count() + plural(s.count(), " decision", " decisions") + ")";
    }

    static String countryName(String code) {
        return code == null || code.isBlank() ? "No country set" : code;
    }

    /**
     * The preset as Settings names it: the report carries the enum's name ("STANDARD") or "CUSTOM"
     * for the user's own intervals (PlanInputs.presetName).
     */
    static String presetName(String preset) {
        String key = preset == null ? "" : preset.strip().toUpperCase(Locale.ROOT);
        return switch (key) {
            case "CUSTOM", "" -> "Your own intervals";
            default -> key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT) + " preset";
        };
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
        return "Days from an interview to a decision, " + all.count() + plural(all.count(), " decision", " decisions")
                + ": median " + days(all.median()) + ". " + String.join("; ", lines) + ".";
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
        return w.interviews() + plural(w.interviews(), " interview", " interviews") + ", " + w.messagesSent()
                + plural(w.messagesSent(), " message", " messages") + " sent, " + w.answersReceived()
                + plural(w.answersReceived(), " answer", " answers") + " received";
    }

    static String weeksSpoken(List<Week> weeks) {
        int[] t = totals(weeks);
        Week last = weeks.get(weeks.size() - 1);
        return "Week by week, " + weeks.size() + plural(weeks.size(), " week", " weeks") + " from " + day(weeks.get(0).monday())
                + ": " + weekWords(new Week(null, t[0], t[1], t[2])) + " in all. Latest week, from " + day(last.monday())
                + ": " + weekWords(last) + ".";
    }

    // ---- Thank-yous --------------------------------------------------------------------------

    static String thankYouSpoken(ThankYouFigures t) {
        return "Thank-yous: " + t.sent() + " sent, " + t.onTime() + " on time (by the day after the interview)"
                + (t.sent() == 0 ? "." : ", " + percent((double) t.onTime() / t.sent()) + ".");
    }

    // ---- Small words -------------------------------------------------------------------------

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String number(Number n) {
        if (n == null) {
            return "–";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
