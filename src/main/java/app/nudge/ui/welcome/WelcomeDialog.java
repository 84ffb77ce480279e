package app.nudge.ui.welcome;

import app.nudge.i18n.Texts;
import app.nudge.service.SettingsService;
import app.nudge.settings.UserSettings;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import app.nudge.ui.settings.CalendarFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the first-run welcome in one call. */
public final class WelcomeDialog {

    private WelcomeDialog() {
    }

    /**
     * Shows the welcome over {@code owner} and returns at once (on the JavaFX thread; nothing here
     * waits for the database). Finish or Skip store through the service and close it; closing the
     * window counts as Skip, so it is not shown again.
     *
     * @param current          the stored settings, to fill the fields
     * @param countryCodes     the ISO 3166 codes that have a holiday calendar
     * @param automaticCountry the code "Automatic" stands for on this computer ("" when not known)
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, SettingsService service, UserSettings current, List<String> countryCodes,
                             String automaticCountry, Executor uiExecutor) {
        WelcomeViewModel viewModel = new WelcomeViewModel(service, new CalendarFields(countryCodes, automaticCountry),
                uiExecutor);
        viewModel.show(current);
        Stage stage = new Stage();
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(WelcomeController.class,
                () -> new WelcomeController(viewModel, stage::close)));
        FxmlLoaderFactory.Loaded<WelcomeController> loaded = views.load(WelcomeController.class);
        Scene scene = new Scene(loaded.root());
        Theme.likeOwner(scene, owner); // the owner's theme
        stage.setTitle(Texts.t("welcome.title"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // Ctrl+Q quits from here too, as it does from the main window (this window blocks that one's
        // keys). Nothing is stored: the welcome comes back at the next start.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            stage.hide();
            if (owner instanceof Stage main) {
                main.close();
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume(); // the window closes once "seen" is stored
            loaded.controller().onSkip();
        });
        stage.show();
        loaded.controller().focusFirstField();
        return stage;
    }
}
