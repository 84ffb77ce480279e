package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.ui.common.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked before "Back to this computer's file": that file is the search as it was when it moved to
 * the server, not a copy kept up to date, so what it shows next may be older than what was just on
 * screen (a trial user nearly sent a second thank-you from it). Staying is the default.
 */
public final class BackToFileQuestion {

    private BackToFileQuestion() {
    }

    /** True when the user chose the file; Esc, Enter or closing the question stays on {@code server}. */
    public static boolean ask(Window owner, String server) {
        // Made per question, not kept in a constant: the words are the window's language's.
        ButtonType showFile = new ButtonType(Texts.t("settings.backToFile.show"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(Texts.t("settings.backToFile.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.t("settings.backToFile.text", "server", server),
                showFile, stay);
        alert.setTitle(Texts.t("settings.backToFile.title"));
        alert.setHeaderText(Texts.t("settings.backToFile.header"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        ((Button) alert.getDialogPane().lookupButton(showFile)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(showFile).setId("backToFileYes");
        alert.getDialogPane().lookupButton(stay).setId("backToFileNo");
        alert.getDialogPane().setMinWidth(520);
        Theme.apply(alert.getDialogPane().getScene());
        return alert.showAndWait().orElse(stay) == showFile;
    }
}
