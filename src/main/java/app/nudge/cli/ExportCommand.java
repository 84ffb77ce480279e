package app.nudge.cli;

import app.nudge.exchange.ExchangeService;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/** {@code export [--db PATH] [--out FILE]}: the canonical exchange file, to stdout by default. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "usage: nudge export [--db PATH] [--out FILE] [--force]\n"
                + "Writes every application and the settings as an exchange file (JSON), to standard output by default.\n"
                + "  --out FILE  write to FILE instead (whole or not at all)\n"
                + "  --force     replace FILE when it exists\n"
                + "  --db PATH   " + DB_MEANING;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db", "--out");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--force");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        Optional<String> outFile = line.option("--out");
        if (outFile.isPresent()) { // refused before the database is read
            java.nio.file.Path file = CommandOutput.outFile(outFile.get());
            if (!line.flag("--force")) {
                CommandOutput.refuseToReplace(file);
            }
        }
        try (Database db = context.openReadOnly(context.database(line))) {
            ExchangeService exchange = new ExchangeService(db, HolidayCalendars.shared()::isSupported);
            CommandOutput.write(outFile, line.flag("--force"), context, exchange::exportTo);
            return Cli.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
