package app.nudge.cli;

import app.nudge.common.TerminalText;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.ExchangeException;
import app.nudge.exchange.ExchangeService;
import app.nudge.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** {@code import FILE.json [--db PATH]}: all of the file, or nothing. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "usage: nudge import FILE.json [--db PATH]\n"
                + "Adds the applications and settings of an exchange file (format version 1); all of the file or nothing.\n"
                + "  --db PATH   the database (default: the app's data folder)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        Path file = line.onlyExistingFile("FILE");
        try (Database db = Database.openOrCreate(context.database(line));
             InputStream in = Files.newInputStream(file)) {
            int count = new ExchangeService(db, HolidayCalendars.shared()::isSupported).importFrom(in).size();
            context.out().println("Imported " + count + (count == 1 ? " application" : " applications")
                    + " into " + TerminalText.oneLine(db.path()));
            return Cli.OK;
        } catch (ExchangeException e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return Cli.BAD_INPUT;
        } catch (NoSuchFileException e) {
            context.err().println(TerminalText.oneLine(file + ": no such file"));
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(TerminalText.oneLine(file + ": cannot be read (" + CliMessages.reason(e) + ")"));
            return Cli.BAD_INPUT;
        }
    }
}
