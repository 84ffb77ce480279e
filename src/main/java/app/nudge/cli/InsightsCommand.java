package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.schedule.PlanInputs;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code insights [--db PATH] [--from DATE] [--to DATE] [--json]} (docs/command-line.md,
 * docs/insights.md): the figures of the Insights view for a period, read-only.
 */
final class InsightsCommand implements Command {

    private final HolidayCalendars holidays;

    InsightsCommand(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public String usage() {
        return Usage.of("nudge insights [--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]",
                Texts.t("cli.insights.help"),
                "--from DATE", Texts.t("cli.insights.option.from"),
                "--to DATE", Texts.t("cli.insights.option.to"),
                "--json", Texts.t("cli.insights.option.json"),
                "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--from", "--to");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        LocalDate from = line.dateOption("--from").orElse(null);
        LocalDate to = line.dateOption("--to").orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException(Texts.t("cli.insights.toBeforeFrom", "to", to, "from", from));
        }
        LocalDate today = context.today();
        try (Database db = context.openReadOnly(context.database(line))) {
            // The plan as the app shows it (for "due next week"), and the same settings for the windows.
            PlanSnapshot plan = new StorePlanner(() -> db, holidays, context.locale()).plan(today);
            PlanInputs inputs = PlanInputs.fromSettings(new SettingsRepository(db).all(), context.locale());
            // The moment, not only the day: a round booked for later today is not held yet.
            InsightsReport report = inputs.insights(holidays).compute(plan.applications(), plan.actions(),
                    new Period(from, to), java.time.LocalDateTime.now(context.clock()));
            if (line.flag("--json")) {
                InsightsJson.write(report, context.out());
            } else {
                InsightsText.write(report, context.out());
            }
            context.out().flush();
            return Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
