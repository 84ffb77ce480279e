package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.TerminalText;
import app.nudge.store.Backups;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code restore latest|BACKUP.zip [--db PATH]}: puts a backup in place of the database (which must
 * be closed). The state it replaces is kept: as a pre-restore backup, or, when it does not open,
 * moved aside as {@code nudge.mv.db.damaged-<time>}.
 */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return Usage.of("nudge restore latest|BACKUP.zip [--db PATH]", Texts.t("cli.restore.help"),
                "--db PATH", Usage.dbMeaning());
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        String which = line.onlyPositional(Texts.t("cli.restore.which"));
        DatabasePath database = context.database(line);
        if (database.isServer()) {
            // A server's backups are exchange files: import puts one back, in one transaction on the server.
            throw new UsageException(Texts.t("cli.restore.onServer", "db", database));
        }
        Backups backups = new Backups(database);
        Backups.Backup backup;
        if (which.equals("latest")) {
            backup = backups.latest().orElseThrow(() -> new StoreException(StoreException.Kind.MISSING,
                    Texts.t("cli.restore.noBackups", "folder", backups.folder()), null));
        } else {
            Path file = Path.of(which).toAbsolutePath().normalize();
            backup = backups.list().stream().filter(b -> b.file().equals(file)).findFirst()
                    .orElseThrow(() -> new UsageException(Texts.t("cli.restore.notABackup", "file", which,
                            "folder", backups.folder())));
        }
        Backups.Restored restored = backups.restore(backup);
        context.out().println(Texts.t("cli.restore.restored", "backup", TerminalText.oneLine(backup.file().getFileName()),
                "db", TerminalText.oneLine(database)));
        restored.previousStateBackup().ifPresent(p -> context.out().println(Texts.t("cli.restore.keptIn",
                "file", TerminalText.oneLine(p))));
        restored.damagedFileMovedTo().ifPresent(p -> context.out().println(Texts.t("cli.restore.damagedMoved",
                "file", TerminalText.oneLine(p))));
        return Cli.OK;
    }
}
