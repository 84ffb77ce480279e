package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;

/**
 * H2's failures in our own words. H2's message holds the statement, its error code ("[90097-252]")
 * and developer advice; none of that is for the user. The words here are chosen from the error code
 * alone; the full failure (kind, code, statement, stack) goes to the log, where it can be looked up.
 */
final class H2Problems {

    private static final Logger LOG = Logger.getLogger(H2Problems.class.getName());

    private H2Problems() {
    }

    /** The error code of the first {@link SQLException} in {@code e}'s causes, or -1 without one. */
    static int code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getErrorCode();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return -1;
    }

    /**
     * What went wrong, in a few words to put in a sentence ("the file is read-only"), and the whole
     * failure logged under {@code doing} ("opening /home/jane/nudge.mv.db").
     */
    static String words(String doing, Throwable e) {
        LOG.log(Level.WARNING, "Failed " + doing + " (H2 error code " + code(e) + ")", e);
        if (code(e) < 0 && e instanceof IOException io) {
            return FileReasons.of(io);
        }
        return switch (code(e)) {
            case ErrorCode.DATABASE_IS_READ_ONLY -> Texts.t("store.h2.readOnly");
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1,
                 ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1, ErrorCode.FILE_NOT_FOUND_1 ->
                    Texts.t("store.h2.io");
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1 -> Texts.t("store.h2.damaged");
            case ErrorCode.FILE_VERSION_ERROR_1 -> Texts.t("store.h2.version");
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    Texts.t("store.h2.password");
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE ->
                    Texts.t("store.h2.inUse");
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> Texts.t("store.h2.notFound");
            case ErrorCode.OUT_OF_MEMORY -> Texts.t("store.h2.memory");
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1 -> Texts.t("store.h2.locked");
            case ErrorCode.URL_FORMAT_ERROR_2 -> Texts.t("store.h2.url");
            case ErrorCode.DATABASE_IS_CLOSED -> Texts.t("store.h2.closed");
            case ErrorCode.VALUE_TOO_LONG_2 -> Texts.t("store.h2.tooLong");
            default -> Texts.t("store.h2.unexpected");
        };
    }
}
