package app.nudge.cli;

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
        return "usage: nudge restore latest|BACKUP.zip [--db PATH]\n"
                + "Puts a backup in place of the database (close the app first); the data it replaces is backed up.\n"
                + "  --db PATH   " + DB_MEANING;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--db");
    }

    @Override
    public int run(CommandLine line, CliContext context) {
        String which = line.onlyPositional("backup (a file, or 'latest')");
        DatabasePath database = context.database(line);
        if (database.isServer()) {
            // A server's backups are exchange files: import puts one back, in one transaction on the server.
            throw new UsageException("--db: a search on a server is restored with nudge import BACKUP.json --db "
                    + database + " (see: nudge backups --db " + database + ")");
        }
        Backups backups = new Backups(database);
        Backups.Backup backup;
        if (which.equals("latest")) {
            backup = backups.latest().orElseThrow(() -> new StoreException(StoreException.Kind.MISSING,
                    "No backups in " + backups.folder() + "; choose another file with --db.", null));
        } else {
            Path file = Path.of(which).toAbsolutePath().normalize();
            backup = backups.list().stream().filter(b -> b.file().equals(file)).findFirst()
                    .orElseThrow(() -> new UsageException("backup: " + which + " is not one of the backups in "
                            + backups.folder() + " (see: nudge backups)"));
        }
        Backups.Restored restored = backups.restore(backup);
        context.out().println("Restored " + TerminalText.oneLine(backup.file().getFileName()) + " into "
                + TerminalText.oneLine(database) + ".");
        restored.previousStateBackup().ifPresent(p -> context.out().println("The data it replaced is kept in "
                + TerminalText.oneLine(p) + "."));
        restored.damagedFileMovedTo().ifPresent(p -> context.out().println("The damaged file was moved to "
                + TerminalText.oneLine(p) + "."));
        return Cli.OK;
    }
}
