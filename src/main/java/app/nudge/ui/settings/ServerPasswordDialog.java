package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
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

    private ServerPasswordDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels (or closes it). */
    public static Optional<char[]> ask(Window owner, String server, String why) {
        return build(owner, server, why).showAndWait();
    }

    /** The dialog, not shown yet. */
    public static Dialog<char[]> build(Window owner, String server, String why) {
        // Made per dialog, not kept in a constant: the words are the window's language's.
        ButtonType connect = new ButtonType(Texts.t("settings.serverPassword.connect"), ButtonBar.ButtonData.OK_DONE);
        // JavaFX's own Cancel speaks the system's language; this one the window's.
        ButtonType cancel = new ButtonType(Texts.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.t("settings.serverPassword.title"));
        dialog.setHeaderText(Texts.t("settings.serverPassword.header"));
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setAccessibleText(Texts.t("settings.serverPassword.a11y", "server", server));
        Label reason = new Label(why);
        reason.setId("serverPasswordReason");
        reason.setWrapText(true);
        Label where = new Label(server);
        where.setId("serverPasswordServer");
        where.setWrapText(true);
        Label hint = new Label(Texts.t("settings.serverPassword.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label label = new Label(Texts.t("settings.serverPassword.label", "user",
                server.replaceFirst("^postgresql://", "").replaceFirst("@.*", "")));
        label.setLabelFor(password);
        VBox content = new VBox(8, where, reason, label, password, hint);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        dialog.getDialogPane().lookupButton(connect).setId("serverPasswordConnect");
        dialog.getDialogPane().lookupButton(cancel).setId("serverPasswordCancel");
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            char[] typed = button == connect ? password.getText().toCharArray() : null;
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
