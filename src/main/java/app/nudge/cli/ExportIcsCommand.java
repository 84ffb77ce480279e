package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.interop.ics.IcsFiles;
import app.nudge.interop.ics.StoredPlanCalendar;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.Database;
import biweekly.ICalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** {@code export-ics [--db PATH] [--out FILE]}: the plan as an iCalendar file, to stdout by default. */
final class ExportIcsCommand implements Command {

    private final HolidayCalendars holidays;

    ExportIcsCommand(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return "export-ics";
    }

    @Override
    public String usage() {
        return Usage.of("nudge export-ics [--db PATH] [--out FILE] [--force]", Texts.t("cli.exportIcs.help"),
                "--out FILE", Texts.t("cli.exportIcs.option.out"),
                "--force", Texts.t("cli.option.forceFile"),
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
        Optional<String> outFile = line.option("--out");
        if (outFile.isPresent()) { // refused before the database is read
            Path file = CommandOutput.outFile(outFile.get());
            if (!line.flag("--force")) {
                CommandOutput.refuseToReplace(file);
            }
        }
        try (Database db = context.openReadOnly(context.database(line))) {
            // The plan as the app shows it: the stored applications with the stored settings.
            PlanSnapshot plan = new StorePlanner(() -> db, holidays, context.locale()).plan(context.today());
            ICalendar calendar = StoredPlanCalendar.build(db, plan.applications(), plan.actions(), context.clock());
            if (CommandOutput.write(outFile, line.flag("--force"), context, out -> IcsFiles.write(calendar, out))) {
                context.out().println(Texts.current().count("cli.exportIcs.wrote", plan.actions().size(), "file", TerminalText.oneLine(outFile.get())));
                context.out().flush();
            }
            return Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
