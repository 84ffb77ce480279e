package app.nudge.cli;

import app.nudge.common.TerminalText;
import app.nudge.interop.ActionWords;
import app.nudge.policy.PlannedAction;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readable form of a plan: one row per action, the reason underneath. The ID column is the
 * application id {@code draft} takes, never shortened; actions and statuses are words.
 */
final class PlanTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PlanTable() {
    }

    static void write(List<PlannedAction> plan, LocalDate today, PrintStream out) {
        if (plan.isEmpty()) {
            out.println("Nothing to do as of " + DAY.format(today) + ".");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "STATUS", "FROM", "DUE", "COMPANY", "ROLE", "ACTION", "VIA", "TO"});
        for (PlannedAction a : plan) {
            // Stored text is shown with its control characters escaped: a company named with an
            // escape sequence must not clear the screen or retitle the window (TerminalText).
            rows.add(new String[] {shown(a.applicationId()), ActionWords.status(a.status()), DAY.format(a.earliest()),
                    DAY.format(a.due()), shown(a.company()), shown(a.role()), ActionWords.name(a.action()),
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
                out.println("    " + shown(plan.get(r - 1).reason()));
            }
        }
    }

    private static String shown(String stored) {
        return TerminalText.oneLine(stored);
    }
}
