package app.nudge.cli;

import app.nudge.store.DatabasePath;
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
        if (typed.isPresent() && typed.get().isBlank()) {
            throw new UsageException("--db: needs a path");
        }
        if (typed.isPresent() && typed.get().contains(";")) {
            // H2 reads ";NAME=value" after the path as settings (INIT=RUNSCRIPT runs a script).
            throw new UsageException("--db: a path with ';' cannot be used; rename the folder or file");
        }
        DatabasePath path = typed.map(DatabasePath::of).orElseGet(DatabasePath::defaultForThisUser);
        typed.ifPresent(t -> refuseFolder(t, path));
        return path;
    }

    /**
     * A folder where the file should be is bad input (exit 2), said before H2 answers with its own
     * "IO Exception" about it; a folder named by --db is not taken as "create a file beside it".
     */
    private static void refuseFolder(String typed, DatabasePath path) {
        if (java.nio.file.Files.isDirectory(path.file())) {
            throw new UsageException("--db: " + path.file() + " is a folder, not a Nudge file; name a file");
        }
        if (java.nio.file.Files.isDirectory(path.base()) && !path.exists()) {
            throw new UsageException("--db: " + typed + " is a folder; name the data file in it (for example "
                    + path.base().resolve("nudge") + ")");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
