package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.ErrorMessages;
import app.nudge.common.TerminalText;
import app.nudge.common.Version;
import app.nudge.store.StoreException;
import app.nudge.store.UnusableDatabasePath;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line (docs/command-line.md). Exit codes: 0 done; 2 bad input or usage; 3 a database
 * problem; 4 a mail server problem (inbox); 1 anything unexpected. Messages are one line, never a stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATABASE_PROBLEM = 3;
    /** {@code nudge inbox}: the mail server cannot be reached, is not trusted, or refuses the login. */
    public static final int MAIL_SERVER_PROBLEM = 4;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final CliContext context;

    public Cli(CliContext context) {
        this.context = context;
        register(new ImportCommand());
        register(new ExportCommand());
        register(new PlanCommand("plan", false, HolidayCalendars.shared()));
        register(new PlanCommand("due", true, HolidayCalendars.shared()));
        register(new DraftCommand(HolidayCalendars.shared()));
        register(new ImportCsvCommand());
        register(new ExportCsvCommand(HolidayCalendars.shared()));
        register(new ExportIcsCommand(HolidayCalendars.shared()));
        register(new BackupsCommand());
        register(new RestoreCommand());
        register(new ReplyCommand());
        register(new InboxCommand());
        register(new InsightsCommand(HolidayCalendars.shared()));
        register(new ReportCommand());
        register(new CopyCommand());
    }

    public void register(Command command) {
        commands.put(command.name(), command);
    }

    /** Whether these arguments ask for a command rather than the desktop app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--db") && !args[0].startsWith("-psn");
    }

    public int run(String... args) {
        PrintStream out = context.out();
        PrintStream err = context.err();
        CommandWords words;
        try {
            words = CommandWords.of(args);
        } catch (UsageException e) {
            return refuse(e.getMessage());
        }
        if (words.wantsHelp()) {
            out.println(usage());
            return OK;
        }
        if (words.wantsVersion()) {
            out.println("Nudge " + Version.current());
            return OK;
        }
        Command command = commands.get(words.command());
        if (command == null) {
            return refuse(Texts.t("cli.unknownCommand", "command", words.command()) + " " + usage());
        }
        List<String> rest = words.rest();
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(CommandLine.parse(rest, command.valuedOptions(), command.flags()), context);
        } catch (UsageException e) {
            return refuse(e.getMessage());
        } catch (StoreException e) {
            err.println(TerminalText.oneLine(ErrorMessages.of(e)));
            return DATABASE_PROBLEM;
        } catch (UnusableDatabasePath e) {
            return refuse("--db: " + e.getMessage()); // e.g. its .mv.db became a folder after the option was read
        } catch (RuntimeException e) {
            err.println(TerminalText.oneLine(ErrorMessages.of(e)));
            return UNEXPECTED;
        }
    }

    /** A usage refusal: one line (any control character in the echoed input shown escaped), exit 2. */
    private int refuse(String message) {
        context.err().println(TerminalText.oneLine(message));
        return BAD_INPUT;
    }

    private String usage() {
        return Texts.t("cli.usage", "synopsis", Texts.t("cli.usage.general", "commands", String.join(", ", commands.keySet())));
    }
}
