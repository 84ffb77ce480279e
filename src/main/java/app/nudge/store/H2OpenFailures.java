package app.nudge.store;

import java.nio.file.Files;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Why a database could not be opened, in our words and with the way out: for an H2 file from H2's
 * error code ({@link H2Problems} words the detail), and the way out of damage for a file or a schema.
 */
final class H2OpenFailures {

    private H2OpenFailures() {
    }

    /** The way out of a damaged or half-updated database, for the command line and the app alike. */
    static String whatToDo(DatabasePath path) {
        if (path.isServer()) {
            // A schema has no file to restore over: its backups are JSON exports, or the server's own.
            return "Import one of this computer's backups of it (nudge backups --db " + path + " lists them), or ask the"
                    + " server's administrator to restore the schema. Nudge changed nothing in it.";
        }
        return "Restore a backup (in the app: Restore latest backup; on the command line: nudge restore latest"
                + " --db " + path.base() + ") or choose another file with --db. The damaged file is left as it is.";
    }

    static StoreException translate(DatabasePath path, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Kind.IN_USE,
                    "Nudge is open with this data (" + path + "): close it, or run the command with --db on a copy.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreException(StoreException.Kind.MISSING, "No Nudge database at " + path
                            + ". Import a file first, or name another one with --db.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new StoreException(StoreException.Kind.DAMAGED, "The database " + path
                            + " is damaged and cannot be opened (" + H2Problems.words("opening " + path, e) + "). "
                            + whatToDo(path), e);
            default -> cannotOpen(path, e);
        };
    }

    /** Any other failure to open, worded from its kind: a folder, a read-only file... */
    private static StoreException cannotOpen(DatabasePath path, SQLException e) {
        String what = H2Problems.words("opening " + path, e);
        if (Files.isDirectory(path.file())) {
            return new StoreException(StoreException.Kind.FAILED, "The database " + path
                    + " is a folder, not a Nudge file; choose a file with --db.", e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StoreException(StoreException.Kind.FAILED, "The database " + path
                    + " is read-only; make it writable, or use a copy with --db.", e);
        }
        return new StoreException(StoreException.Kind.FAILED, "Cannot open the database " + path + " (" + what
                + "). Check that you may read and write it and its folder, or choose another file with --db.", e);
    }

}
