package app.nudge.ui.application;

import app.nudge.domain.Application;
import app.nudge.i18n.Texts;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the "edit application" dialog as a modal window: one call from the main window. */
public final class ApplicationEditDialog {

    private ApplicationEditDialog() {
    }

    /**
     * Shows the dialog on {@code application} and returns at once (JavaFX thread). Saving stores,
     * closes and calls {@code onSaved}; Esc or Cancel closes and stores nothing.
     */
    public static Stage show(Window owner, ApplicationService service, Executor uiExecutor, Application application,
                             List<String> countryCodes, Consumer<Application> onSaved) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        FxmlLoaderFactory.Loaded<ApplicationEditController> view = load(
                new ApplicationEditViewModel(service, uiExecutor, application), countryCodes, saved -> {
                    stage.close();
                    onSaved.accept(saved);
                }, stage::close);
        Scene scene = new Scene(view.root());
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(Texts.t("application.window"));
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        stage.show();
        stage.requestFocus();
        view.controller().focusFirstField();
        return stage;
    }

    public static FxmlLoaderFactory.Loaded<ApplicationEditController> load(ApplicationEditViewModel viewModel,
                                                                           List<String> countryCodes,
                                                                           Consumer<Application> onSaved,
                                                                           Runnable onCancel) {
        return new FxmlLoaderFactory(Map.of(ApplicationEditController.class,
                () -> new ApplicationEditController(viewModel, countryCodes, onSaved, onCancel)))
                .load(ApplicationEditController.class);
    }
}
