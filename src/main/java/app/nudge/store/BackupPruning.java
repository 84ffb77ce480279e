package app.nudge.store;

import app.nudge.store.Backups.Backup;
import app.nudge.store.Backups.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes old backups of one kind, but never while a newer one that is kept fails to open. */
final class BackupPruning {

    private static final Logger LOG = Logger.getLogger(BackupPruning.class.getName());

    private final BackupFolder folder;

    BackupPruning(BackupFolder folder) {
        this.folder = folder;
    }

    /**
     * Deletes the backups of {@code kind} beyond the newest {@code keep}, but only when every one
     * of those newest opens; otherwise keeps them all, so a bad new backup never costs a good old one.
     */
    void prune(Kind kind, int keep) {
        List<Backup> ofKind = folder.list().stream().filter(b -> b.kind() == kind)
                .sorted(Comparator.comparing(Backup::order).reversed()).toList();
        if (ofKind.size() <= keep) {
            return;
        }
        for (Backup kept : ofKind.subList(0, keep)) {
            if (!BackupCheck.opens(kept.file())) {
                LOG.warning("A recent " + kind + " backup does not open; older backups are kept");
                return;
            }
        }
        for (Backup old : ofKind.subList(keep, ofKind.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete an old backup", e);
            }
        }
    }
}
