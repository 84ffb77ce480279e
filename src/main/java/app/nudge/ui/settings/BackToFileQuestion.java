package app.nudge.ui.settings;

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

    static final ButtonType SHOW_FILE = new ButtonType("Show the file", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STAY = new ButtonType("Stay on the server", ButtonBar.ButtonData.CANCEL_CLOSE);

    private BackToFileQuestion() {
    }

    /** True when the user chose the file; Esc, Enter or closing the question stays on {@code server}. */
    public static boolean ask(Window owner, String server) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The file holds your search as it was when it moved to the"
                + " server: what was changed on the server since is not in it. The server keeps your search (" + server
                + "); Settings \u2192 Data \u2192 Use a PostgreSQL server\u2026 goes back to it.", SHOW_FILE, STAY);
        alert.setTitle("Back to this computer's file");
        alert.setHeaderText("Show this computer's file instead of the server?");
        if (owner != null) {
            alert.initOwner(owner);
        }
        ((Button) alert.getDialogPane().lookupButton(SHOW_FILE)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(STAY)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(SHOW_FILE).setId("backToFileYes");
        alert.getDialogPane().lookupButton(STAY).setId("backToFileNo");
        alert.getDialogPane().setMinWidth(520);
        Theme.apply(alert.getDialogPane().getScene());
        return alert.showAndWait().orElse(STAY) == SHOW_FILE;
    }
}
