package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.AtomicFiles;
import app.nudge.common.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one backup zip, readable by its owner only. A backup appears under its final name only
 * when complete: it is written as {@code .part} and moved into place.
 */
final class BackupWriter {

    private BackupWriter() {
    }

    /** An online backup of the open database, through H2's transactionally consistent {@code BACKUP TO}. */
    static void online(Connection connection, Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            OwnerOnly.createFolder(target.getParent());
            Files.deleteIfExists(part);
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            OwnerOnly.restrict(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray .part file is never listed as a backup
            }
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.backup.writeFailed", "file", target,
                    "reason", Database.h2Detail(e), "folder", target.getParent()), e);
        }
    }

    /** A backup of a closed database file, zipped as it is on disk. */
    static void ofClosedFile(Path file, Path target) throws IOException {
        AtomicFiles.writePrivate(target, raw -> {
            // Closing the zip closes the stream underneath too; AtomicFiles' own close is then a no-op.
            try (ZipOutputStream out = new ZipOutputStream(raw); InputStream in = Files.newInputStream(file)) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                in.transferTo(out);
                out.closeEntry();
            }
        });
    }
}
