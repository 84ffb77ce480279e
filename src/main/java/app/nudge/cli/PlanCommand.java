package app.nudge.cli;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Preset;
import app.nudge.schedule.PlanInputs;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code plan} and {@code due} (docs/command-line.md): every open application's next action, or only
 * the DUE and OVERDUE ones; a table for people, {@code --json} for programs.
 */
final class PlanCommand implements Command {

    static final Set<String> OPTIONS = Set.of("--db", "--today", "--country", "--holidays", "--preset");

    private final String name;
    private final boolean onlyDue;
    private final HolidayCalendars holidays;

    PlanCommand(String name, boolean onlyDue, HolidayCalendars holidays) {
        this.name = name;
        this.onlyDue = onlyDue;
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return "usage: nudge " + name + " [--db PATH] [--today YYYY-MM-DD] [--country CC | --holidays none]"
                + " [--preset NAME] [--json]\n"
                + (onlyDue ? "Lists only the next actions that are due or overdue (see 'nudge plan').\n"
                : "Lists every open application's next action, by due date.\n")
                + "The table shows the application ID (for 'nudge draft ID'), the action in words and why;\n"
                + "--json prints one array with the action codes instead (FINAL_FOLLOW_UP...).\n"
                + "  --today DATE      plan as of another day\n"
                + "  --country CC      use that country's public holidays\n"
                + "  --holidays none   count no public holidays\n"
                + "  --preset NAME     another set of intervals (" + Preset.names() + ")\n"
                + "  --db PATH         " + DB_MEANING;
    }

    @Override
    public Set<String> valuedOptions() {
        return OPTIONS;
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        LocalDate today = today(line, context);
        try (Database db = context.openReadOnly(context.database(line))) {
            PlanInputs inputs = inputs(line, new SettingsRepository(db).all(), context, holidays);
            List<PlannedAction> plan = FollowUpPolicy.plan(new ApplicationRepository(db).findAll(), today,
                    inputs.calendars(holidays), inputs.intervals());
            if (onlyDue) {
                plan = plan.stream().filter(a -> a.status().needsAttention()).toList();
            }
            if (line.flag("--json")) {
                PlanJson.write(plan, context.out());
            } else {
                PlanTable.write(plan, today, context.out());
            }
            context.out().flush();
            return Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate today(CommandLine line, CliContext context) {
        return line.dateOption("--today").orElseGet(context::today);
    }

    /** The stored settings with the command line's overrides; bad values name their option. */
    static PlanInputs inputs(CommandLine line, java.util.Map<String, String> settings, CliContext context,
                             HolidayCalendars holidays) {
        PlanInputs inputs = PlanInputs.fromSettings(settings, context.locale());
        if (line.option("--country").isPresent() && line.option("--holidays").isPresent()) {
            throw new UsageException("--country and --holidays none: choose one");
        }
        if (line.option("--holidays").isPresent()) {
            if (!line.option("--holidays").get().equals("none")) {
                throw new UsageException("--holidays: the only value is 'none' (use --country CC for a country's holidays)");
            }
            inputs = inputs.withoutHolidays();
        }
        if (line.option("--country").isPresent()) {
            String country = line.option("--country").get().strip().toUpperCase(java.util.Locale.ROOT);
            if (!holidays.isSupported(country)) {
                throw new UsageException("--country: unknown country '" + line.option("--country").get()
                        + "'; valid values: " + String.join(", ", holidays.supportedCountries()));
            }
            inputs = inputs.withCountry(country);
        }
        if (line.option("--preset").isPresent()) {
            String typed = line.option("--preset").get();
            inputs = inputs.withPreset(Preset.parse(typed).orElseThrow(() -> new UsageException(
                    "--preset: unknown preset '" + typed + "'; valid values: " + Preset.names())));
        }
        return inputs;
    }
}
