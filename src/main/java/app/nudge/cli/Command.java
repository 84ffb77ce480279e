package app.nudge.cli;

import java.util.Set;

/** One subcommand. */
public interface Command {

    /** What {@code --db} takes, for every command's usage: a file, or a schema on a server. */
    String DB_MEANING = "the database file, or postgresql://USER@HOST[:PORT]/DATABASE?schema=NAME on a server"
            + " (default: the app's data folder)";

    String name();

    Set<String> valuedOptions();

    default Set<String> flags() {
        return Set.of();
    }

    /** What {@code nudge NAME --help} prints: the synopsis, then a few lines on what it does. */
    String usage();

    /** @return the exit code */
    int run(CommandLine line, CliContext context);
}
