package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which email files to open; tests give files without a dialog. */
@FunctionalInterface
public interface EmailFileChooser {

    /** The chosen files, empty when the user cancelled. On the JavaFX thread. */
    List<Path> choose(Window owner);

    /** The system's open dialog: several files at once, email files first. */
    static EmailFileChooser system() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("replies.chooser.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(t("replies.chooser.emails"), "*.eml", "*.msg", "*.txt"),
                    new FileChooser.ExtensionFilter(t("replies.chooser.all"), "*"));
            List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
        };
    }
}
