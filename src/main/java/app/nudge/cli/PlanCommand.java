package app.nudge.cli;

import app.nudge.i18n.Texts;
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
        return Usage.of("nudge " + name + " [--db PATH] [--today YYYY-MM-DD] [--country CC | --holidays none]"
                + " [--preset NAME] [--json]", Texts.t(onlyDue ? "cli.due.help" : "cli.plan.help") + "\n" + Texts.t("cli.plan.table"),
                "--today DATE", Texts.t("cli.plan.option.today"),
                "--country CC", Texts.t("cli.plan.option.country"),
                "--holidays none", Texts.t("cli.plan.option.holidays"),
                "--preset NAME", Texts.t("cli.plan.option.preset", "presets", Preset.names()),
                "--db PATH", Usage.dbMeaning());
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
            throw new UsageException(Texts.t("cli.plan.countryAndHolidays"));
        }
        if (line.option("--holidays").isPresent()) {
            if (!line.option("--holidays").get().equals("none")) {
                throw new UsageException(Texts.t("cli.plan.holidaysNone"));
            }
            inputs = inputs.withoutHolidays();
        }
        if (line.option("--country").isPresent()) {
            String country = line.option("--country").get().strip().toUpperCase(java.util.Locale.ROOT);
            if (!holidays.isSupported(country)) {
                throw new UsageException(Texts.t("cli.plan.unknownCountry", "country", line.option("--country").get(),
                        "values", String.join(", ", holidays.supportedCountries())));
            }
            inputs = inputs.withCountry(country);
        }
        if (line.option("--preset").isPresent()) {
            String typed = line.option("--preset").get();
            inputs = inputs.withPreset(Preset.parse(typed).orElseThrow(() -> new UsageException(
                    Texts.t("cli.plan.unknownPreset", "preset", typed, "values", Preset.names()))));
        }
        return inputs;
    }
}
