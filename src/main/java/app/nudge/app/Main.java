package app.nudge.app;

import app.nudge.cli.Cli;
import app.nudge.cli.CliContext;
import app.nudge.i18n.Texts;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import app.nudge.store.DataFolder;
import app.nudge.store.DatabasePath;
import app.nudge.store.UnusableDatabasePath;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
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
    /** JavaFX's own logger (its children, such as javafx.css, keep their warnings). */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        if (isDesktopLaunch(args)) {
            launchDesktop(args);
            return;
        }
        // Commands print their own one-line messages; Flyway's and jollyday's notes would only be noise.
        FLYWAY_LOG.setLevel(Level.SEVERE);
        JOLLYDAY_LOG.setLevel(Level.SEVERE);
        logOutsideTheTerminal();
        // UTF-8 whatever the platform's default: under LANG=C or a Windows redirect the JDK would
        // otherwise write "Zoë" as "Zo?".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(new CliContext(out, err, Clock.systemDefaultZone(), Locale.getDefault(), System.in)).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A command's warnings (an unexpected failure's details, from ErrorMessages) go to the app's log
     * file when the data folder exists, never to the terminal between the command's own one-line
     * messages: a stack trace or a database message there would show statements and class names.
     */
    private static void logOutsideTheTerminal() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.SEVERE);
            }
        }
        if (Files.isDirectory(DataFolder.forThisUser())) {
            LogFiles.install(DataFolder.forThisUser());
        }
    }

    /** One window per database: a second launch brings the first one to the front and ends. */
    private static void launchDesktop(String[] args) {
        DatabasePath database;
        try {
            database = LaunchOptions.parse(List.of(args)).database();
        } catch (UnusableDatabasePath e) {
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8).println("--db: " + e.getMessage());
            System.exit(Cli.BAD_INPUT);
            return;
        }
        InstanceLock.Result instance = instanceLockFor(database);
        if (instance.state() == InstanceLock.State.ALREADY_RUNNING) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            InstanceLock.Answer answer = InstanceLock.ask(database, Duration.ofSeconds(5));
            if (answer == InstanceLock.Answer.SHOWN) {
                out.println(Texts.t("app.alreadyOpen"));
                System.exit(Cli.OK);
            }
            if (answer == InstanceLock.Answer.CLOSING) { // started again as it closed: this one opens once it has ended
                instance = InstanceLock.acquireOnceClosed(database, Duration.ofSeconds(20));
            }
            if (instance.state() == InstanceLock.State.ALREADY_RUNNING) {
                out.println(Texts.t("app.alreadyOpenWith", "database", database));
                System.exit(Cli.DATABASE_PROBLEM);
            }
        }
        NudgeApp.instance = instance.lock(); // null when the check was unavailable: the app still runs
        // JavaFX warns at every start that it runs from the class path, which Nudge does on purpose (java -jar).
        JAVAFX_LOG.setFilter(rec -> rec.getMessage() == null || !rec.getMessage().startsWith("Unsupported JavaFX configuration"));
        // The data opens and plans on the database thread while JavaFX starts on this one.
        // Before the open, which may write the file: the picture is shown only if the file is as it was left.
        NudgeApp.picture = StartPicture.lookSoon(database, java.time.LocalDate.now());
        NudgeApp.early = EarlyStart.begin(database, Clock.systemDefaultZone(), Locale.getDefault());
        javafx.application.Application.launch(NudgeApp.class, args);
    }

    /** Only a file is one window's: several windows, here or on other computers, may share a schema on a server. */
    static InstanceLock.Result instanceLockFor(DatabasePath database) {
        return database.isServer() ? new InstanceLock.Result(InstanceLock.State.UNAVAILABLE, null) : InstanceLock.acquire(database);
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
