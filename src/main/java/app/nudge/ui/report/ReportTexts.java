package app.nudge.ui.report;

import app.nudge.common.ErrorMessages;
import app.nudge.common.FileReasons;
import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report dialog's words: the preview line, the file name it offers and the one-line outcomes. */
final class ReportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReportTexts() {
    }

    /** "14 acts: 3 applications, 4 interviews, 1 reply", or what an empty period's report will say. */
    static String preview(ActivityReport report) {
        if (report.isEmpty()) {
            return "Nothing recorded between " + between(report.period()) + " \u2014 the report will say so.";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Act, Integer> total : report.totals().entrySet()) {
            if (total.getValue() > 0) {
                parts.add(count(total.getValue(), noun(total.getKey())));
            }
        }
        return count(report.rows().size(), "act") + ": " + String.join(", ", parts) + ".";
    }

    /** "1 Nov and 30 Nov 2026"; both years when they differ ("28 Dec 2026 and 3 Jan 2027"). */
    static String between(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from == null || to == null) {
            return from == null && to == null ? "the start and today"
                    : from == null ? "the start and " + DAY_YEAR.format(to) : DAY_YEAR.format(from) + " and today";
        }
        return (from.getYear() == to.getYear() ? DAY.format(from) : DAY_YEAR.format(from)) + " and " + DAY_YEAR.format(to);
    }

    static String day(LocalDate day) {
        return DAY_YEAR.format(day);
    }

    /** "activity-report-2026-11-01-to-2026-11-30.pdf": sorts by date in a folder, says what it holds. */
    static String fileName(Period period, ReportFormat format) {
        return "activity-report-" + period.from() + "-to-" + period.to() + "." + format.extension();
    }

    /** The chosen file, with the format's ending added when its name lacks it ("report" → "report.pdf"). */
    static Path withEnding(Path chosen, ReportFormat format) {
        String name = chosen.getFileName().toString();
        String ending = "." + format.extension();
        if (name.toLowerCase(Locale.ROOT).endsWith(ending)) {
            return chosen;
        }
        return chosen.resolveSibling(name + ending);
    }

    static String saved(ActivityReport report, Path file) {
        String what = report.isEmpty() ? "the report (nothing recorded in the period)" : count(report.rows().size(), "act");
        return "Saved " + what + " to " + file + ".";
    }

    /** "Could not save /home/jane/report.pdf: permission denied." Never an exception's class or stack. */
    static String notSaved(Path file, Throwable failure) {
        Throwable cause = ErrorMessages.unwrap(failure);
        if (cause instanceof IOException io) {
            return "Could not save " + file + ": " + FileReasons.of(io) + ".";
        }
        return "Could not save " + file + ". " + ErrorMessages.of(failure);
    }

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static String noun(Act act) {
        return switch (act) {
            case APPLIED -> "application";
            case INTERVIEW -> "interview";
            case THANK_YOU -> "thank-you";
            case FOLLOW_UP -> "follow-up";
            case REPLY -> "reply";
            case OUTCOME -> "outcome";
        };
    }
}
