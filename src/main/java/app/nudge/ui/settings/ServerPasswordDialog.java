package app.nudge.ui.settings;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the server's password when ~/.pgpass and PGPASSWORD gave none (or a wrong one). The
 * password goes to one connection and is then wiped by the caller; nothing keeps it.
 */
public final class ServerPasswordDialog {

    static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    private ServerPasswordDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels (or closes it). */
    public static Optional<char[]> ask(Window owner, String server, String why) {
        return build(owner, server, why).showAndWait();
    }

    /** The dialog, not shown yet. */
    public static Dialog<char[]> build(Window owner, String server, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Server password");
        dialog.setHeaderText("The server asks for a password");
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setAccessibleText("Password for " + server);
        Label reason = new Label(why);
        reason.setId("serverPasswordReason");
        reason.setWrapText(true);
        Label where = new Label(server);
        where.setId("serverPasswordServer");
        where.setWrapText(true);
        Label hint = new Label("Used only to connect now and never stored. To skip this question, put it in ~/.pgpass.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label label = new Label("Password for " + server.replaceFirst("^postgresql://", "").replaceFirst("@.*", ""));
        label.setLabelFor(password);
        VBox content = new VBox(8, where, reason, label, password, hint);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(CONNECT).setId("serverPasswordConnect");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("serverPasswordCancel");
        dialog.getDialogPane().lookupButton(CONNECT).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            char[] typed = button == CONNECT ? password.getText().toCharArray() : null;
            password.clear(); // the field forgets it; the caller wipes the array after connecting
            return typed;
        });
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets()); // the owner's theme
        }
        Platform.runLater(password::requestFocus);
        return dialog;
    }
}
