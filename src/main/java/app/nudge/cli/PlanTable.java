package app.nudge.cli;

import app.nudge.i18n.ReasonTexts;
import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.interop.ActionWords;
import app.nudge.policy.PlannedAction;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable form of a plan: one row per action, the reason underneath. The ID column is the
 * application id {@code draft} takes, never shortened; actions and statuses are words.
 */
final class PlanTable {

    private PlanTable() {
    }

    static void write(List<PlannedAction> plan, LocalDate today, PrintStream out) {
        Texts texts = Texts.current();
        DateTimeFormatter day = texts.formatter("format.day");
        if (plan.isEmpty()) {
            out.println(texts.get("cli.plan.nothing", "day", day.format(today)));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        // The heads are upper case in every language, as the English ones are ("Fällig" → "FÄLLIG").
        rows.add(new String[] {"ID", head("status"), head("from"), head("due"), head("company"), head("role"),
            head("action"), head("via"), head("to")});
        for (PlannedAction a : plan) {
            // Stored text is shown with its control characters escaped: a company named with an
            // escape sequence must not clear the screen or retitle the window (TerminalText).
            rows.add(new String[] {shown(a.applicationId()), ActionWords.status(a.status()), day.format(a.earliest()),
                    day.format(a.due()), shown(a.company()), shown(a.role()), ActionWords.name(a.action()),
                    ActionWords.channel(a.channel()), a.recipient() == null ? "-" : shown(a.recipient().name())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                // The id is copied into 'draft ID': it is never cut; other long cells are.
                widths[i] = i == 0 ? Math.max(widths[i], row[i].length()) : Math.min(Math.max(widths[i], row[i].length()), 32);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r)[i];
                cell = cell.length() > widths[i] ? cell.substring(0, widths[i] - 1) + "…" : cell;
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cell));
            }
            out.println(line.toString().stripTrailing());
            if (r > 0) {
                out.println("    " + shown(ReasonTexts.of(plan.get(r - 1))));
            }
        }
    }

    private static String head(String column) {
        return Texts.t("cli.plan.column." + column).toUpperCase(Texts.current().locale());
    }

    private static String shown(String stored) {
        return TerminalText.oneLine(stored);
    }
}
