package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a chart's picture; tests answer without a dialog. */
@FunctionalInterface
public interface PngFileChooser {

    /** The file to write, empty when the user cancelled. On the JavaFX thread. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The system's save dialog; ".png" is added when the name has no extension. */
    static PngFileChooser system() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("insights.chooser.title"));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("insights.chooser.png"), "*.png"));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            String name = file.getName();
            return Optional.of(name.toLowerCase(Locale.ROOT).endsWith(".png") ? file.toPath()
                    : file.toPath().resolveSibling(name + ".png"));
        };
    }
}
