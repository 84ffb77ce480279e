package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.ui.common.DateField;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the "Activity report…" dialog in one call. */
public final class ActivityReportDialog {

    private ActivityReportDialog() {
    }

    /**
     * Shows the dialog as a window-modal dialog over {@code owner} and returns at once (call on the
     * JavaFX thread). Nothing is written until Save, and then only to the file the user chose.
     *
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, ActivityReportViewModel model) {
        Stage stage = new Stage();
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(ActivityReportController.class,
                () -> new ActivityReportController(model, stage::close)));
        FxmlLoaderFactory.Loaded<ActivityReportController> view = views.load(ActivityReportController.class);
        Scene scene = new Scene(view.root());
        Theme.likeOwner(scene, owner); // the owner's theme
        // Esc closes from anywhere, also from a date field, whose editor would otherwise keep it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                stage.close();
            }
        });
        // Enter saves from anywhere but a date field (where it takes the typed day); on a button it
        // presses that button (Close closes). Caught first: a focused radio button keeps Enter from
        // reaching the default button, and a focused Close would otherwise hand it on to Save.
        view.root().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() != KeyCode.ENTER || inside(key.getTarget(), DateField.class) != null) {
                return;
            }
            key.consume();
            Button button = inside(key.getTarget(), Button.class);
            if (button != null) {
                button.fire();
            } else {
                view.controller().saveIfAllowed();
            }
        });
        stage.setTitle(t("report.dialog.title"));
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(520);
        stage.setMinHeight(480);
        stage.show();
        view.controller().focusFirst();
        return stage;
    }

    /** The {@code type} the event's target is or sits in; null when none. */
    private static <T extends Node> T inside(Object target, Class<T> type) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (type.isInstance(node)) {
                return type.cast(node);
            }
        }
        return null;
    }
}
