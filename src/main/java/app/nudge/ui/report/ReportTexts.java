package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.Period;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report dialog's words: the preview line, the file name it offers and the one-line outcomes,
 * in the language of the run (report*.properties), read each time they are shown.
 */
final class ReportTexts {

    private ReportTexts() {
    }

    /** "14 acts: 3 applications, 4 interviews, 1 reply", or what an empty period's report will say. */
    static String preview(ActivityReport report) {
        if (report.isEmpty()) {
            return t("report.preview.empty", "between", between(report.period()));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Act, Integer> total : report.totals().entrySet()) {
            if (total.getValue() > 0) {
                parts.add(Texts.current().count("report.n." + total.getKey().name(), total.getValue()));
            }
        }
        return t("report.preview", "acts", acts(report.rows().size()), "parts", String.join(", ", parts));
    }

    /** "1 Nov and 30 Nov 2026"; both years when they differ ("28 Dec 2026 and 3 Jan 2027"). */
    static String between(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from == null || to == null) {
            return from == null && to == null ? t("report.between.all")
                    : from == null ? t("report.between.upTo", "to", day(to)) : t("report.between.from", "from", day(from));
        }
        String first = from.getYear() == to.getYear() ? Texts.current().date("format.dayMonth", from) : day(from);
        return t("report.between", "from", first, "to", day(to));
    }

    static String day(LocalDate day) {
        return Texts.current().date("format.dateYear", day);
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
        return report.isEmpty() ? t("report.saved.empty", "file", file)
                : t("report.saved", "acts", acts(report.rows().size()), "file", file);
    }

    /** "Could not save /home/jane/report.pdf: permission denied." Never an exception's class or stack. */
    static String notSaved(Path file, Throwable failure) {
        Throwable cause = ErrorMessages.unwrap(failure);
        if (cause instanceof IOException io) {
            return t("report.notSaved", "file", file, "reason", FileReasons.of(io));
        }
        return t("report.notSaved.other", "file", file, "reason", ErrorMessages.of(failure));
    }

    /** "14 acts". */
    static String acts(int n) {
        return Texts.current().count("report.n.act", n);
    }
}
