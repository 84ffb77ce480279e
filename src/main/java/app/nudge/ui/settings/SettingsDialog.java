package app.nudge.ui.settings;

import app.nudge.domain.ThemeChoice;
import app.nudge.i18n.Texts;
import app.nudge.service.SettingsService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the settings dialog in one call. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /**
     * Shows the settings as a window-modal dialog over {@code owner} and returns at once (call on the
     * JavaFX thread). The stored settings load on the service's thread and fill the fields when they
     * arrive. Save stores every setting in one {@link SettingsService#save} (whose listeners re-plan),
     * applies the chosen theme to the owner's scene, then calls {@code onThemeChanged} with it (for
     * other windows) and closes. Cancel, Esc or closing the window stores nothing.
     *
     * @param countryCodes     the ISO 3166 codes that have a holiday calendar (jollyday's list)
     * @param automaticCountry the code "Automatic" stands for on this computer ("" when not known)
     * @param inbox            tests the inbox connection and keeps its password in the app's credential store
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, SettingsService service, List<String> countryCodes, String automaticCountry,
                             InboxConnection inbox, Consumer<ThemeChoice> onThemeChanged) {
        return show(owner, service, countryCodes, automaticCountry, inbox, onThemeChanged, null);
    }

    /**
     * As above, with the Data section: {@code data} says where the data is and switches it ("Use a
     * PostgreSQL server…"); after a switch the settings close unsaved (their fields hold the old data's values).
     */
    public static Stage show(Window owner, SettingsService service, List<String> countryCodes, String automaticCountry,
                             InboxConnection inbox, Consumer<ThemeChoice> onThemeChanged, DataConnection data) {
        SettingsViewModel viewModel = new SettingsViewModel(service, countryCodes, automaticCountry, Platform::runLater,
                inbox);
        Stage stage = new Stage();
        Consumer<ThemeChoice> onSaved = onThemeChanged; // the app's theme service restyles every window
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(SettingsController.class,
                () -> new SettingsController(viewModel, onSaved, stage::close, data,
                        () -> DataDialog.show(stage, data, stage::close))));
        Scene scene = new Scene(views.load(SettingsController.class).root());
        Theme.likeOwner(scene, owner); // the owner's theme
        stage.setTitle(Texts.t("settings.title"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(480);
        stage.setMinHeight(420);
        stage.show();
        viewModel.load();
        return stage;
    }
}
