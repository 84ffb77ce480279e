package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the Insights window: owned by the main window but not modal (the board stays usable
 * beside it), Esc closes it. It wears the owner's theme at once; the app's ThemeService restyles it
 * with every other window it owns.
 */
public final class InsightsWindow {

    private InsightsWindow() {
    }

    /**
     * Shows the window and asks for a fresh report. On the JavaFX thread.
     *
     * @param owner  the main window (null only in tests)
     * @param export Copy / Save as PNG… ({@link ChartExport#system} in the app)
     * @return the shown stage, so the app can bring it to the front instead of opening a second one
     */
    public static Stage show(Window owner, InsightsViewModel model, ChartExport export) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(export);
        FxmlLoaderFactory.Loaded<InsightsController> view = new FxmlLoaderFactory(Map.of(InsightsController.class,
                () -> new InsightsController(model, export))).load(InsightsController.class);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view.root());
        Theme.likeOwner(scene, owner);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) { // an open list or date popup takes Esc first
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(t("insights.windowTitle"));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        model.refresh();
        stage.show();
        stage.requestFocus();
        view.controller().focusPeriod();
        return stage;
    }
}
