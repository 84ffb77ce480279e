package app.nudge.store;

import app.nudge.i18n.Texts;
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
            return Texts.t("store.whatToDo.server", "path", path);
        }
        return Texts.t("store.whatToDo.file", "base", path.base());
    }

    static StoreException translate(DatabasePath path, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Kind.IN_USE,
                    Texts.t("store.inUse", "path", path), e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreException(StoreException.Kind.MISSING, Texts.t("store.missing.file", "path", path, "option", "--db"), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.damagedCannotOpen", "path", path,
                            "reason", H2Problems.words("opening " + path, e), "whatToDo", whatToDo(path)), e);
            default -> cannotOpen(path, e);
        };
    }

    /** Any other failure to open, worded from its kind: a folder, a read-only file... */
    private static StoreException cannotOpen(DatabasePath path, SQLException e) {
        String what = H2Problems.words("opening " + path, e);
        if (Files.isDirectory(path.file())) {
            return new StoreException(StoreException.Kind.FAILED, Texts.t("store.open.folder", "path", path), e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new StoreException(StoreException.Kind.FAILED, Texts.t("store.open.readOnly", "path", path), e);
        }
        return new StoreException(StoreException.Kind.FAILED, Texts.t("store.open.failed", "path", path, "reason", what), e);
    }

}
