package app.nudge.cli;

import app.nudge.i18n.Texts;
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
        return Usage.of("nudge export [--db PATH] [--out FILE] [--force]", Texts.t("cli.export.help"),
                "--out FILE", Texts.t("cli.export.option.out"),
                "--force", Texts.t("cli.option.forceFile"),
                "--db PATH", Usage.dbMeaning());
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
