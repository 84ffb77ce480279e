package app.nudge.ui.templates;

import app.nudge.i18n.Texts;
import app.nudge.service.TemplateService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the template editor in one call. */
public final class TemplatesDialog {

    private TemplatesDialog() {
    }

    /**
     * Shows the template editor as a window-modal dialog over {@code owner} and returns at once
     * (call on the JavaFX thread). The stored overrides load on the service's thread. Every stored
     * save or reset calls {@code onChanged} on the JavaFX thread, so the caller can refresh drafts.
     *
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, TemplateService service, Runnable onChanged) {
        TemplatesViewModel viewModel = new TemplatesViewModel(service, Platform::runLater, onChanged);
        Stage stage = new Stage();
        Predicate<String> confirmReset = name -> {
            // Own buttons: JavaFX's OK and Cancel speak the system's language, these the window's.
            ButtonType reset = new ButtonType(Texts.t("templates.reset.confirm"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(Texts.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.t("templates.reset.text", "name", name),
                    reset, cancel);
            alert.setTitle(Texts.t("templates.window"));
            alert.setHeaderText(Texts.t("templates.reset.header"));
            alert.initOwner(stage);
            return alert.showAndWait().filter(reset::equals).isPresent();
        };
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(TemplatesController.class,
                () -> new TemplatesController(viewModel, confirmReset, stage::close)));
        Scene scene = new Scene(views.load(TemplatesController.class).root());
        Theme.likeOwner(scene, owner); // the owner's theme
        // Esc pressed in the template list did not reach the Close button's cancel key (seen in
        // TemplatesViewTest), so Esc closes the dialog from anywhere in it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                stage.close();
            }
        });
        stage.setTitle(Texts.t("templates.window"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        viewModel.load();
        return stage;
    }
}
