package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.ExchangeException;
import app.nudge.exchange.ExchangeDocument;
import app.nudge.exchange.ExchangeReader;
import app.nudge.store.DatabasePath;
import app.nudge.store.ImportTransaction;
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
        return Usage.of("nudge import FILE.json [--db PATH]", Texts.t("cli.import.help"), "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        Path file = line.onlyExistingFile("FILE");
        DatabasePath path = context.database(line);
        // The whole file is read and checked before the database is opened: a refused import
        // creates no database file and no folder.
        ExchangeDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = new ExchangeReader(HolidayCalendars.shared()::isSupported).read(in);
        } catch (ExchangeException e) {
            context.err().println(TerminalText.oneLine(e.getMessage()));
            return Cli.BAD_INPUT;
        } catch (NoSuchFileException e) {
            context.err().println(TerminalText.oneLine(Texts.t("cli.noSuchFile", "file", file)));
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(TerminalText.oneLine(Texts.t("cli.cannotRead", "file", file, "reason", CliMessages.reason(e))));
            return Cli.BAD_INPUT;
        }
        // Through the context: a server's password is asked if needed, and its JSON backup is taken first.
        ImportTransaction.Imported done = ImportTransaction.into(first -> context.openOrCreate(path, first),
                document.settings(), document.applications());
        int count = document.applications().size();
        String what = Texts.current().count("common.applications", count);
        if (done.replaced() > 0) {
            what = Texts.t("cli.import.withReplaced", "what", what, "replaced", done.replaced());
        }
        context.out().println(Texts.t("cli.imported", "what", what, "path", TerminalText.oneLine(done.path()))
                + done.backupBefore().map(b -> Texts.t("cli.imported.backup", "backup", TerminalText.oneLine(b))).orElse(""));
        return Cli.OK;
    }
}
