package app.nudge.ui.log;

import app.nudge.ui.common.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** "Discard this interview?": the question Esc asks on a form that holds typed input. */
final class DiscardQuestion {

    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);

    private DiscardQuestion() {
    }

    /** True when the user chose to discard; Esc or closing the question keeps the form. */
    static boolean ask(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "What you typed is not saved.", DISCARD, KEEP);
        alert.setTitle("Discard?");
        alert.setHeaderText(question);
        // Enter must not discard by accident: keeping is the default.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(DISCARD)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(DISCARD).setId("discardYes");
        alert.getDialogPane().lookupButton(KEEP).setId("discardNo");
        Theme.apply(alert.getDialogPane().getScene());
        return alert.showAndWait().orElse(KEEP) == DISCARD;
    }
}
