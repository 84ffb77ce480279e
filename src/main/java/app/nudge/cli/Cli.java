package app.nudge.cli;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.ErrorMessages;
import app.nudge.common.Version;
import app.nudge.store.StoreException;
import app.nudge.store.UnusableDatabasePath;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line (docs/command-line.md). Exit codes: 0 done; 2 bad input or usage; 3 a database
 * problem; 1 anything unexpected. Messages are one line, never a stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATABASE_PROBLEM = 3;

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
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(usage());
            return OK;
        }
        if (args[0].equals("--version")) {
            out.println("Nudge " + Version.current());
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("unknown command '" + args[0] + "'. " + usage());
            return BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(CommandLine.parse(rest, command.valuedOptions(), command.flags()), context);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (StoreException e) {
            err.println(ErrorMessages.of(e));
            return DATABASE_PROBLEM;
        } catch (UnusableDatabasePath e) {
            err.println("--db: " + e.getMessage()); // e.g. its .mv.db became a folder after the option was read
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println(ErrorMessages.of(e));
            return UNEXPECTED;
        } catch (RuntimeException e) {
            err.println(ErrorMessages.of(e));
            return UNEXPECTED;
        }
    }

    private String usage() {
        return "usage: nudge [--db PATH] (opens the app) | nudge --version | nudge COMMAND ... where COMMAND is one of "
                + String.join(", ", commands.keySet()) + " ('nudge COMMAND --help' says more)";
    }
}
