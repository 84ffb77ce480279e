package app.nudge.cli;

import app.nudge.common.TerminalText;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.interop.csv.CsvExport;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code export-csv [--db PATH] [--out DIR]}: applications.csv and events.csv in DIR (default: the
 * current folder), for a spreadsheet.
 */
final class ExportCsvCommand implements Command {

    private final HolidayCalendars holidays;

    ExportCsvCommand(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public String usage() {
        return "usage: nudge export-csv [--db PATH] [--out DIR] [--force]\n"
                + "Writes applications.csv (one row per application with its stage, next action and interview\n"
                + "rounds) and events.csv (one row per recorded event) into DIR (default: the current folder).\n"
                + "  --force     replace those files when they exist (otherwise nothing is written)\n"
                + "  --db PATH   " + DB_MEANING;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--out");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--force");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        Path folder = Path.of(line.option("--out").orElse("."));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out: " + folder + " is a file; give a folder");
        }
        Path applications = folder.resolve(CsvExport.APPLICATIONS_FILE);
        Path events = folder.resolve(CsvExport.EVENTS_FILE);
        if (!line.flag("--force")) {
            CommandOutput.refuseToReplace(applications);
            CommandOutput.refuseToReplace(events);
        }
        try (Database db = context.openReadOnly(context.database(line))) {
            // The plan as the app shows it: the stored applications with the stored settings.
            PlanSnapshot plan = new StorePlanner(() -> db, holidays, context.locale()).plan(context.today());
            CommandOutput.writeFile(applications, out -> CsvExport.writeApplications(plan.applications(), plan.actions(), out));
            CommandOutput.writeFile(events, out -> CsvExport.writeEvents(plan.applications(), out));
            int count = plan.applications().size();
            context.out().println("Wrote " + count + (count == 1 ? " application to " : " applications to ")
                    + TerminalText.oneLine(applications) + " and their events to " + TerminalText.oneLine(events));
            context.out().flush();
            return Cli.OK;
        }
    }
}
