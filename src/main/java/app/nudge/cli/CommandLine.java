package app.nudge.cli;

import app.nudge.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after the command: positional arguments, {@code --name value} options and
 * {@code --flag}s. Unknown options are refused, naming them, rather than silently ignored.
 */
public final class CommandLine {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    /** The command writes to {@code --out FILE}: a stray argument is most likely that file. */
    private boolean writesToOut;

    private CommandLine() {
    }

    /**
     * @param valued options that take a value ("--db")
     * @param flags  options that stand alone ("--json")
     */
    public static CommandLine parse(List<String> args, Set<String> valued, Set<String> flags) {
        CommandLine line = new CommandLine();
        line.writesToOut = valued.contains("--out");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (flags.contains(name) && value == null) {
                    line.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(Texts.t("cli.line.needsValue", "option", name));
                        }
                        value = args.get(++i);
                    }
                    line.options.put(name, value);
                } else {
                    throw new UsageException(Texts.t("cli.line.unknownOption", "option", name));
                }
            } else {
                line.positional.add(arg);
            }
        }
        return line;
    }

    public List<String> positional() {
        return positional;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The single positional argument, named {@code what} in the message when it is missing. */
    /** A date option ({@code --today}, {@code --since}) as YYYY-MM-DD; a date it cannot read is refused by name. */
    public Optional<LocalDate> dateOption(String name) {
        Optional<String> typed = option(name);
        try {
            return typed.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UsageException(Texts.t("cli.line.notADate", "option", name, "typed", typed.get()));
        }
    }

    public String onlyPositional(String what) {
        if (positional.isEmpty()) {
            throw new UsageException(Texts.t("cli.line.missing", "what", what));
        }
        if (positional.size() > 1) {
            throw new UsageException(Texts.t("cli.line.unexpected", "argument", positional.get(1)));
        }
        return positional.get(0);
    }

    /** The only positional argument, a file that must exist: "FILE: no such file" otherwise (exit 2). */
    public Path onlyExistingFile(String what) {
        Path file = Path.of(onlyPositional(what));
        if (Files.isDirectory(file)) {
            throw new UsageException(Texts.t("cli.line.folderNotFile", "what", what, "file", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Texts.t("cli.noSuchFile", "file", file));
        }
        return file;
    }

    public void noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException(Texts.t(writesToOut ? "cli.line.unexpectedOut" : "cli.line.unexpected",
                    "argument", positional.get(0)));
        }
    }
}
