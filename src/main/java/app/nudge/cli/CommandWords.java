package app.nudge.cli;

import app.nudge.i18n.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command word and the words after it. A {@code --db PATH} typed before the command is moved
 * after it (every command takes it), and {@code --help}, {@code -h} or {@code help} before the
 * command asks for the general usage, so {@code nudge --db X -h} helps instead of calling
 * {@code --db} an unknown command.
 */
record CommandWords(String command, List<String> rest, boolean wantsHelp, boolean wantsVersion) {

    static CommandWords of(String... args) {
        List<String> leading = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                return new CommandWords(null, List.of(), true, false);
            }
            if (arg.equals("--version")) {
                return new CommandWords(null, List.of(), false, true);
            }
            if (arg.equals("--db")) {
                if (i + 1 >= args.length) {
                    throw new UsageException(Texts.t("cli.line.needsValue", "option", "--db"));
                }
                leading.add(arg);
                leading.add(args[i + 1]);
                i += 2;
            } else if (arg.startsWith("--db=")) {
                leading.add(arg);
                i++;
            } else {
                break;
            }
        }
        if (i >= args.length) {
            return new CommandWords(null, List.of(), true, false); // nothing but --db: nothing to run
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(i + 1, args.length));
        rest.addAll(leading);
        return new CommandWords(args[i], List.copyOf(rest), false, false);
    }
}
