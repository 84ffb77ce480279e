package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.compose.Composer;
import app.nudge.compose.Draft;
import app.nudge.compose.MessageLint;
import app.nudge.compose.TemplateOverrides;
import app.nudge.compose.Warning;
import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.schedule.PlanInputs;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code draft APPLICATION_ID [plan's options] [--variant NAME] [--to CONTACT_NAME] [--lang CODE]}: the
 * message for the application's next action, as the composer shows it: To, Subject, a blank line,
 * the body; in the language {@code --lang} names (the application's own message language by default).
 */
final class DraftCommand implements Command {

    private final HolidayCalendars holidays;

    DraftCommand(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return "draft";
    }

    @Override
    public String usage() {
        return Usage.of("nudge draft APPLICATION_ID [plan's options] [--variant NAME] [--to CONTACT_NAME] [--lang CODE]",
                Texts.t("cli.draft.help"),
                "APPLICATION_ID", Texts.t("cli.draft.option.id"),
                "--variant NAME", Texts.t("cli.draft.option.variant"),
                "--to NAME", Texts.t("cli.draft.option.to"),
                "--lang CODE", Texts.t("cli.draft.option.lang"))
                + "\n  --db, --today, --country, --holidays, --preset  " + Texts.t("cli.draft.option.planOptions");
    }

    @Override
    public Set<String> valuedOptions() {
        Set<String> options = new HashSet<>(PlanCommand.OPTIONS);
        options.add("--variant");
        options.add("--to");
        options.add("--lang");
        return options;
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        String id = line.onlyPositional("APPLICATION_ID");
        Optional<Language> asked = language(line);
        LocalDate today = PlanCommand.today(line, context);
        try (Database db = context.openReadOnly(context.database(line))) {
            SettingsRepository settings = new SettingsRepository(db);
            Map<String, String> stored = settings.all();
            PlanInputs inputs = PlanCommand.inputs(line, stored, context, holidays);
            Application application = new ApplicationRepository(db).find(id)
                    .orElseThrow(() -> new UsageException(Texts.t("cli.draft.noApplication", "id", id)));
            PlannedAction action = FollowUpPolicy.next(application, today,
                    inputs.calendars(holidays).forCountry(application.country()), inputs.intervals())
                    .orElseThrow(() -> new UsageException(Texts.t("cli.draft.nothingPlanned", "id", id)));
            // The user's edited templates, as the app drafts with them.
            Composer composer = new Composer(TemplateOverrides.layered(TemplateOverrides.fromSettings(stored)));
            String variant = line.option("--variant").orElse(null);
            if (variant != null && !composer.variants(action.action()).contains(variant)) {
                throw new UsageException(Texts.t("cli.draft.unknownVariant", "variant", variant, "action", action.action(),
                        "values", String.join(", ", composer.variants(action.action()))));
            }
            Contact to = line.option("--to").map(name -> application.contacts().stream()
                    .filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new UsageException(Texts.t("cli.draft.noContact", "name", name, "contacts",
                            application.contacts().stream().map(Contact::name).collect(Collectors.joining(", "))))))
                    .orElse(null);
            Language language = asked.orElseGet(() -> Composer.languageOf(application));
            Draft draft = to == null ? composer.draft(application, action, settings.load(), variant, language)
                    : composer.draft(application, action, settings.load(), variant, to, language);
            // Names, subject and body come from stored text: shown with control characters escaped,
            // the body keeping its line breaks.
            context.out().println(Texts.t("cli.draft.to") + " " + (draft.to() == null ? "" : TerminalText.oneLine(draft.to().name()
                    + (draft.to().email().isEmpty() ? "" : " <" + draft.to().email() + ">"))));
            context.out().println(Texts.t("cli.draft.subject") + " " + TerminalText.oneLine(draft.subject()));
            context.out().println();
            context.out().println(TerminalText.multiLine(draft.body()));
            context.out().flush();
            // The composer's warnings, as the app shows them beside the draft; on standard error so
            // that the draft on standard output can still be piped into a mail program.
            List<Warning> warnings = new MessageLint().check(draft, application, action, today);
            for (Warning w : warnings) {
                context.err().println(Texts.t("cli.draft.warning", "message", TerminalText.oneLine(w.message())));
            }
            context.err().flush();
            return Cli.OK;
        }
    }

    /** {@code --lang}, checked before anything is opened; empty without it (the application's own). */
    private static Optional<Language> language(CommandLine line) {
        return line.option("--lang").map(code -> Language.parse(code).orElseThrow(() -> new UsageException(
                Texts.t("cli.draft.unknownLanguage", "code", code, "values",
                        Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))))));
    }
}
