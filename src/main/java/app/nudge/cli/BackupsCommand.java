package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.exchange.SchemaBackups;
import app.nudge.store.Backups;
import app.nudge.store.DatabasePath;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** {@code backups [--db PATH]}: lists the backups beside the database, newest first. */
final class BackupsCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String name() {
        return "backups";
    }

    @Override
    public String usage() {
        return Usage.of("nudge backups [--db PATH]", Texts.t("cli.backups.help"), "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        line.noPositional();
        DatabasePath database = context.database(line);
        // A schema on a server is backed up as JSON exchange files in its local folder (SchemaBackups).
        Path folder = database.isServer() ? SchemaBackups.folder(database) : new Backups(database).folder();
        List<Backups.Backup> list = database.isServer() ? SchemaBackups.list(database) : new Backups(database).list();
        if (list.isEmpty()) {
            context.out().println(Texts.t("cli.backups.none", "folder", TerminalText.oneLine(folder)));
        }
        for (Backups.Backup b : list) {
            context.out().printf("%s  %-17s %8d KB  %s%n", WHEN.format(b.taken()), b.kind().label(),
                    (b.size() + 1023) / 1024, TerminalText.oneLine(b.file()));
        }
        return Cli.OK;
    }
}
