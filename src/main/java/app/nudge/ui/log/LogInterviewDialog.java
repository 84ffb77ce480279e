package app.nudge.ui.log;

import app.nudge.domain.Application;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the log-interview form as a modal window: one call from the main window. */
public final class LogInterviewDialog {

    private LogInterviewDialog() {
    }

    /**
     * Shows the form, modal to {@code owner}, and returns at once (call on the JavaFX thread).
     * Saving stores through {@code service}, closes the window and then calls {@code onSaved} with
     * the stored application; Esc or Cancel closes it and stores nothing.
     *
     * @param owner    the main window (null: modal to the whole app)
     * @param existing the application to add a later round to; empty logs a new one
     * @param all      the applications stored now: company suggestions, exact matches, taken ids
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, ApplicationService service, Optional<Application> existing,
                             Collection<Application> all, Consumer<Application> onSaved) {
        return show(owner, service, Clock.systemDefaultZone(), Platform::runLater, existing, all, onSaved);
    }

    /** As {@link #show(Window, ApplicationService, Optional, Collection, Consumer)}, with the clock and UI executor given. */
    public static Stage show(Window owner, ApplicationService service, Clock clock, Executor uiExecutor,
                             Optional<Application> existing, Collection<Application> all,
                             Consumer<Application> onSaved) {
        return show(owner, new LogInterviewViewModel(service, clock, uiExecutor, existing, all), onSaved);
    }

    /** The form opened on the round at {@code roundIndex} of {@code application}, to correct it; saving re-plans. */
    public static Stage showEditing(Window owner, ApplicationService service, Clock clock, Executor uiExecutor,
                                    Application application, int roundIndex, Collection<Application> all,
                                    Consumer<Application> onSaved) {
        return show(owner, LogInterviewViewModel.editing(service, clock, uiExecutor, application, roundIndex, all),
                onSaved);
    }

    /** The form on a view model made (and perhaps pre-filled) by the caller. */
    public static Stage show(Window owner, LogInterviewViewModel viewModel, Consumer<Application> onSaved) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        FxmlLoaderFactory.Loaded<LogInterviewController> view = load(viewModel, saved -> {
            stage.close();
            onSaved.accept(saved);
        }, stage::close);
        // Closing the window by its frame is a cancel too: ask the same question as Esc.
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.controller().cancel();
        });
        Scene scene = new Scene(view.root());
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty().concat(" – Nudge"));
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setHeight(Math.min(view.root().prefHeight(-1), screen.getHeight() - 40));
        stage.show();
        stage.requestFocus();
        view.controller().focusFirstField();
        return stage;
    }

    /** Loads the form's view with its controller, for embedding or tests. */
    public static FxmlLoaderFactory.Loaded<LogInterviewController> load(LogInterviewViewModel viewModel,
                                                                        Consumer<Application> onSaved,
                                                                        Runnable onCancel) {
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(LogInterviewController.class,
                () -> new LogInterviewController(viewModel, onSaved, onCancel)));
        return views.load(LogInterviewController.class);
    }
}
