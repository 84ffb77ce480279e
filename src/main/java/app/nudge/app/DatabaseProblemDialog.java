package app.nudge.app;

import app.nudge.i18n.Texts;
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

    // The buttons are made when shown, in the language of the moment; an answer is told by its words.
    static ButtonType restore() {
        return new ButtonType(Texts.t("app.problem.restore"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType choose() {
        return new ButtonType(Texts.t("app.problem.choose"), ButtonBar.ButtonData.OTHER);
    }

    static ButtonType retry() {
        return new ButtonType(Texts.t("app.problem.retry"), ButtonBar.ButtonData.OK_DONE);
    }

    /** For a server: back to a file on this computer. */
    static ButtonType chooseFile() {
        return new ButtonType(Texts.t("app.problem.chooseFile"), ButtonBar.ButtonData.OTHER);
    }

    static ButtonType quit() {
        return new ButtonType(Texts.t("app.problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private DatabaseProblemDialog() {
    }

    /** Shows the dialog and waits for the answer; closing it counts as Quit. */
    static Choice ask(Window owner, StoreException problem, boolean backupExists) {
        Alert alert = build(owner, problem, backupExists);
        return choiceOf(alert.showAndWait().orElse(ButtonType.CLOSE));
    }

    /**
     * The dialog, not shown yet. Restoring is not offered for data saved by a newer Nudge: an
     * older backup would silently drop what the newer version recorded.
     */
    static Alert build(Window owner, StoreException problem, boolean backupExists) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Texts.t("app.problem.title"));
        alert.setHeaderText(Texts.t(switch (problem.kind()) {
            case TOO_NEW, DAMAGED, READ_ONLY, OFFLINE, NEEDS_PASSWORD -> "app.problem.header." + problem.kind().name();
            default -> "app.problem.header.other";
        }));
        // A read-only file is never replaced, not even by a restore: the user made it so.
        boolean offerRestore = backupExists && problem.kind() != StoreException.Kind.TOO_NEW
                && problem.kind() != StoreException.Kind.READ_ONLY;
        boolean restoreWouldHelp = problem.kind() != StoreException.Kind.TOO_NEW && problem.kind() != StoreException.Kind.READ_ONLY;
        alert.setContentText(problem.getMessage() + (backupExists || !restoreWouldHelp ? "" : "\n\n" + Texts.t("app.problem.noBackup")));
        alert.getDialogPane().setMinWidth(560);
        if (worthRetrying(problem)) { // a server away or a password not given: nothing is wrong with the data
            alert.setContentText(problem.getMessage() + (problem.kind() == StoreException.Kind.NEEDS_PASSWORD
                    ? "\n\n" + Texts.t("app.problem.retryPassword")
                    : "\n\n" + Texts.t("app.problem.retryServer")));
            alert.getButtonTypes().setAll(retry(), chooseFile(), quit());
        } else if (offerRestore) {
            alert.getButtonTypes().setAll(restore(), choose(), quit());
        } else {
            alert.getButtonTypes().setAll(choose(), quit());
        }
        return alert;
    }

    static Choice choiceOf(ButtonType answer) {
        String said = answer == null ? "" : answer.getText();
        return said.equals(Texts.t("app.problem.retry")) ? Choice.RETRY
                : said.equals(Texts.t("app.problem.restore")) ? Choice.RESTORE_LATEST
                : said.equals(Texts.t("app.problem.choose")) || said.equals(Texts.t("app.problem.chooseFile"))
                        ? Choice.CHOOSE_ANOTHER : Choice.QUIT;
    }

    private static boolean worthRetrying(StoreException problem) {
        return problem.kind() == StoreException.Kind.OFFLINE || problem.kind() == StoreException.Kind.NEEDS_PASSWORD;
    }
}
