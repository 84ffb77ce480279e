package app.nudge.cli;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.SchemaBackups;
import app.nudge.store.DataFolder;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import app.nudge.store.UnusableDatabasePath;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What commands get from outside: output streams, the clock, the locale, standard input for a
 * command that asks before it writes ({@code import-csv}), the way onto a server that wants a
 * password ({@link ServerLogin}), and the data folder where a server's local folder is (backups).
 * Tests pass their own. Every command opens its database here, so each gets the password prompt
 * and a server's JSON backups.
 */
public record CliContext(PrintStream out, PrintStream err, Clock clock, Locale locale, InputStream in,
                         ServerLogin login, Path dataFolder) {

    /** Without standard input: a question gets no answer, which means "no". */
    public CliContext(PrintStream out, PrintStream err, Clock clock, Locale locale) {
        this(out, err, clock, locale, InputStream.nullInputStream());
    }

    /** With the terminal to ask a server's password on, and the OS data folder. */
    public CliContext(PrintStream out, PrintStream err, Clock clock, Locale locale, InputStream in) {
        this(out, err, clock, locale, in, new ServerLogin(ServerLogin.TERMINAL), DataFolder.forThisUser());
    }

    /** The database named by {@code --db}, else the OS data folder's. */
    public DatabasePath database(CommandLine line) {
        return location(line, "--db").orElseGet(DatabasePath::defaultForThisUser);
    }

    /** The database or server named by {@code option} ({@code --db}, {@code --from}...), refused by the option's name. */
    public Optional<DatabasePath> location(CommandLine line, String option) {
        Optional<String> typed = line.option(option);
        try {
            // DatabasePath refuses what H2 could not open exactly as named (';', a folder...): one place for the app and here.
            return typed.map(this::locationOf);
        } catch (UnusableDatabasePath e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private DatabasePath locationOf(String typed) {
        return ServerAddress.looksLikeServer(typed) ? DatabasePath.onServer(ServerAddress.parse(typed), dataFolder)
                : DatabasePath.of(typed);
    }

    /** For a command that only reads (see {@link Database#openReadOnly(DatabasePath)}). */
    public Database openReadOnly(DatabasePath path) {
        return speakTheChosenLanguage(login.open(path, password -> Database.openReadOnly(path, password)));
    }

    /** For a command that writes into an existing database; a server's gets its JSON backups. */
    public Database openExisting(DatabasePath path) {
        return speakTheChosenLanguage(withBackups(login.open(path, password -> Database.openExisting(path, password))));
    }

    /** For a command that writes, creating the database with {@code firstContent} in it when there is none. */
    public Database openOrCreate(DatabasePath path, Consumer<Database> firstContent) {
        return speakTheChosenLanguage(withBackups(login.open(path,
                password -> Database.openOrCreate(path, firstContent, password))));
    }

    /**
     * The command speaks the language chosen in the Settings of the data it opened, else the
     * system's; what it printed before (a usage line) was in the system's. Unreadable settings
     * never stop a command.
     */
    private static Database speakTheChosenLanguage(Database db) {
        java.util.Optional<app.nudge.domain.Language> choice;
        try {
            choice = new app.nudge.store.SettingsRepository(db).settings().language();
        } catch (RuntimeException e) {
            choice = java.util.Optional.empty();
        }
        // Without a choice the run keeps the language it started with: the system's.
        choice.ifPresent(app.nudge.i18n.Texts::use);
        return db;
    }

    private static Database withBackups(Database db) {
        return SchemaBackups.attachTo(db, HolidayCalendars.shared()::isSupported);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
