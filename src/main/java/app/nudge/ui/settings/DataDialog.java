package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Settings → Data → "Use a PostgreSQL server…", in one call. */
public final class DataDialog {

    private DataDialog() {
    }

    /**
     * Shows the dialog window-modal over {@code owner} and returns at once (on the JavaFX thread).
     * Closing it, however, empties the password field: a password is never kept.
     *
     * @param switched runs on the JavaFX thread after the window switched to other data
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, DataConnection connection, Runnable switched) {
        DataFields fields = new DataFields(connection, Platform::runLater);
        Stage stage = new Stage();
        Scene scene = new Scene(view(fields, switched, stage::close));
        Theme.likeOwner(scene, owner);
        stage.setTitle(Texts.t("settings.dataDialog.window"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(480);
        stage.setOnHidden(hidden -> fields.forgetPassword());
        // A result is scrolled into view under the button. The window keeps its size: grown after it is
        // shown, it was taller than the desktop made it under some window managers (none, in a trial),
        // and the buttons at its foot (Use this server, Close) were out of sight.
        fields.resultProperty().addListener((o, was, now) -> Platform.runLater(() -> revealResult(stage)));
        stage.show();
        return stage;
    }

    private static void revealResult(Stage stage) {
        if (stage.getScene().lookup("#dataScroll") instanceof ScrollPane scroll) {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax()); // the result is the last thing in the pane
        }
    }

    /** The dialog's content alone (tests build only this). */
    public static Parent view(DataFields fields, Runnable switched, Runnable close) {
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(DataController.class,
                () -> new DataController(fields, switched, close)));
        return views.load(DataController.class).root();
    }
}
