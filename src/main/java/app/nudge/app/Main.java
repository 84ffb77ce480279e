package app.nudge.app;

import app.nudge.cli.Cli;
import app.nudge.cli.CliContext;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the jar: a command when the arguments name one, else the desktop app. It does not
 * extend {@code javafx.application.Application}: with JavaFX on the class path, {@code java -jar}
 * refuses such a main class.
 */
public final class Main {

    /** Held so the settings stay: JUL keeps loggers only weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Logger JOLLYDAY_LOG = Logger.getLogger("de.focus_shift");

    private Main() {
    }

    public static void main(String[] args) {
        if (isDesktopLaunch(args)) {
            javafx.application.Application.launch(NudgeApp.class, args);
            return;
        }
        // Commands print their own one-line messages; Flyway's and jollyday's notes would only be noise.
        FLYWAY_LOG.setLevel(Level.SEVERE);
        JOLLYDAY_LOG.setLevel(Level.SEVERE);
        // UTF-8 whatever the platform's default: under LANG=C or a Windows redirect the JDK would
        // otherwise write "Zoë" as "Zo?".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(new CliContext(out, err, Clock.systemDefaultZone(), Locale.getDefault(), System.in)).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** No arguments, or only {@code --db PATH}: the user wants the window. */
    static boolean isDesktopLaunch(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args[0].equals("--db") && args.length == 2) {
            return true;
        }
        return args.length == 1 && args[0].startsWith("--db=");
    }
}
