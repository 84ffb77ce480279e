package app.nudge.cli;

import app.nudge.i18n.Texts;
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
        return Usage.of("nudge export-csv [--db PATH] [--out DIR] [--force]", Texts.t("cli.exportCsv.help"),
                "--force", Texts.t("cli.exportCsv.option.force"),
                "--db PATH", Usage.dbMeaning());
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
            throw new UsageException(Texts.t("cli.exportCsv.outIsFile", "folder", folder));
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
            context.out().println(Texts.t("cli.exportCsv.wrote", "what", Texts.current().count("common.applications", count),
                    "applications", TerminalText.oneLine(applications), "events", TerminalText.oneLine(events)));
            context.out().flush();
            return Cli.OK;
        }
    }
}
