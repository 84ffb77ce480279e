package app.nudge.app;

import app.nudge.store.StoreException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * When the database cannot be opened (damaged, half updated, too new, unreadable): says so and
 * offers the ways out. Never a silent new empty database; the file itself is never deleted.
 */
final class DatabaseProblemDialog {

    enum Choice { RETRY, RESTORE_LATEST, CHOOSE_ANOTHER, QUIT }

    static final ButtonType RESTORE = new ButtonType("Restore latest backup", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CHOOSE = new ButtonType("Choose another file…", ButtonBar.ButtonData.OTHER);
    static final ButtonType RETRY = new ButtonType("Retry", ButtonBar.ButtonData.OK_DONE);
    /** For a server: back to a file on this computer. */
    static final ButtonType CHOOSE_FILE = new ButtonType("Use a file on this computer…", ButtonBar.ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private DatabaseProblemDialog() {
    }

    /** Shows the dialog and waits for the answer; closing it counts as Quit. */
    static Choice ask(Window owner, StoreException problem, boolean backupExists) {
        Alert alert = build(owner, problem, backupExists);
        return choiceOf(alert.showAndWait().orElse(QUIT));
    }

    /**
     * The dialog, not shown yet. Restoring is not offered for data saved by a newer Nudge: an
     * older backup would silently drop what the newer version recorded.
     */
    static Alert build(Window owner, StoreException problem, boolean backupExists) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Nudge cannot open your data");
        alert.setHeaderText(switch (problem.kind()) {
            case TOO_NEW -> "Your data was saved by a newer Nudge";
            case DAMAGED -> "Your data file is damaged";
            case READ_ONLY -> "Your data file is read-only";
            case OFFLINE -> "The server cannot be reached";
            case NEEDS_PASSWORD -> "The server wants a password";
            default -> "Your data cannot be opened";
        });
        // A read-only file is never replaced, not even by a restore: the user made it so.
        boolean offerRestore = backupExists && problem.kind() != StoreException.Kind.TOO_NEW
                && problem.kind() != StoreException.Kind.READ_ONLY;
        boolean restoreWouldHelp = problem.kind() != StoreException.Kind.TOO_NEW && problem.kind() != StoreException.Kind.READ_ONLY;
        alert.setContentText(problem.getMessage() + (backupExists || !restoreWouldHelp ? "" : "\n\nThere is no backup to restore."));
        alert.getDialogPane().setMinWidth(560);
        if (worthRetrying(problem)) { // a server away or a password not given: nothing is wrong with the data
            alert.setContentText(problem.getMessage() + (problem.kind() == StoreException.Kind.NEEDS_PASSWORD
                    ? "\n\nRetry to type the password, or use a file on this computer instead."
                    : "\n\nRetry when the server is back, or use a file on this computer meanwhile."));
            alert.getButtonTypes().setAll(RETRY, CHOOSE_FILE, QUIT);
        } else if (offerRestore) {
            alert.getButtonTypes().setAll(RESTORE, CHOOSE, QUIT);
        } else {
            alert.getButtonTypes().setAll(CHOOSE, QUIT);
        }
        return alert;
    }

    static Choice choiceOf(ButtonType answer) {
        return answer == RETRY ? Choice.RETRY : answer == RESTORE ? Choice.RESTORE_LATEST
                : answer == CHOOSE || answer == CHOOSE_FILE ? Choice.CHOOSE_ANOTHER : Choice.QUIT;
    }

    private static boolean worthRetrying(StoreException problem) {
        return problem.kind() == StoreException.Kind.OFFLINE || problem.kind() == StoreException.Kind.NEEDS_PASSWORD;
    }
}
