package app.nudge.ui.csvimport;

import app.nudge.interop.csv.CsvImports;
import app.nudge.ui.common.Theme;
import java.io.File;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the "Import CSV" dialog in one call. */
public final class CsvImportDialog {

    private CsvImportDialog() {
    }

    /**
     * Shows the dialog as a window-modal dialog over {@code owner} and returns at once (call on the
     * JavaFX thread); the user picks the file with "Choose CSV file…". Nothing is stored until Import is pressed, and
     * then all rows or none. {@code onImported} gets the count on the JavaFX thread.
     *
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, CsvImports imports, IntConsumer onImported) {
        CsvImportViewModel model = new CsvImportViewModel(imports, Platform::runLater, onImported);
        Stage stage = new Stage();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import applications from a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Scene scene = new Scene(CsvImportView.build(model, () -> {
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                chooser.setInitialDirectory(chosen.getParentFile());
            }
            return Optional.ofNullable(chosen).map(File::toPath);
        }, stage::close));
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the owner's theme
        } else {
            Theme.apply(scene);
        }
        stage.setTitle("Import CSV");
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.show();
        return stage;
    }
}
