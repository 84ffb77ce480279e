package app.nudge.cli;

import java.util.Set;

/** One subcommand. */
public interface Command {

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
