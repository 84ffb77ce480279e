package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save the report; tests answer without a dialog. On the JavaFX thread. */
@FunctionalInterface
public interface ReportFileChooser {

    /**
     * @param suggestedName the file name offered ("activity-report-2026-11-01-to-2026-11-30.pdf")
     * @return the chosen file, empty when the user cancelled
     */
    Optional<Path> choose(Window owner, String suggestedName, ReportFormat format);

    /** The system's save dialog, opening in the folder chosen last time (while the app runs). */
    static ReportFileChooser system() {
        File[] lastFolder = new File[1];
        return (owner, suggestedName, format) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("report.chooser.title"));
            chooser.setInitialFileName(suggestedName);
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            String ending = format.extension();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    t("report.chooser.filter", "format", format.name(), "ending", ending), "*." + ending));
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                lastFolder[0] = chosen.getParentFile();
            }
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
