package app.nudge.ui.log;

import static app.nudge.i18n.Texts.t;

import app.nudge.ui.common.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** "Discard this interview?": the question Esc asks on a form that holds typed input. */
final class DiscardQuestion {

    private DiscardQuestion() {
    }

    /** True when the user chose to discard; Esc or closing the question keeps the form. */
    static boolean ask(String question) {
        // Made per question, not kept in constants: their words are those of the language now.
        ButtonType discard = new ButtonType(t("log.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t("log.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, t("log.discard.body"), discard, keep);
        alert.setTitle(t("log.discard.title"));
        alert.setHeaderText(question);
        // Enter must not discard by accident: keeping is the default.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(discard).setId("discardYes");
        alert.getDialogPane().lookupButton(keep).setId("discardNo");
        Theme.apply(alert.getDialogPane().getScene());
        return alert.showAndWait().orElse(keep) == discard;
    }
}
