package app.nudge.cli;

import app.nudge.store.DatabasePath;
import app.nudge.store.UnusableDatabasePath;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What commands get from outside: output streams, the clock, the locale, and standard input for a
 * command that asks before it writes ({@code import-csv}). Tests pass their own.
 */
public record CliContext(PrintStream out, PrintStream err, Clock clock, Locale locale, InputStream in) {

    /** Without standard input: a question gets no answer, which means "no". */
    public CliContext(PrintStream out, PrintStream err, Clock clock, Locale locale) {
        this(out, err, clock, locale, InputStream.nullInputStream());
    }

    /** The database named by {@code --db}, else the OS data folder's. */
    public DatabasePath database(CommandLine line) {
        Optional<String> typed = line.option("--db");
        try {
            // DatabasePath refuses what H2 could not open exactly as named (';', a folder...): one place for the app and here.
            return typed.map(DatabasePath::of).orElseGet(DatabasePath::defaultForThisUser);
        } catch (UnusableDatabasePath e) {
            throw new UsageException("--db: " + e.getMessage());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
