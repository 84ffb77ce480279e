package app.nudge.ui.csvimport;

import app.nudge.i18n.Texts;
import app.nudge.interop.csv.CsvImportResult;
import app.nudge.interop.csv.CsvImports;
import app.nudge.ui.common.Theme;
import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
     * confirmed, then all rows or none, after a backup. {@code onImported} gets what was created
     * (ids, for undo) on the JavaFX thread.
     *
     * @return the dialog's stage, already showing
     */
    public static Stage show(Window owner, CsvImports imports, Consumer<CsvImportResult> onImported) {
        Stage stage = new Stage();
        CsvImportViewModel model = new CsvImportViewModel(imports, Platform::runLater, askWithAlert(stage), onImported);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.t("csvimport.chooser.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.t("csvimport.chooser.csvFiles"),
                "*.csv", "*.CSV"), new FileChooser.ExtensionFilter(Texts.t("csvimport.chooser.allFiles"), "*.*"));
        Scene scene = new Scene(CsvImportView.build(model, () -> {
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                chooser.setInitialDirectory(chosen.getParentFile());
            }
            return Optional.ofNullable(chosen).map(File::toPath);
        }, stage::close));
        Theme.likeOwner(scene, owner); // the owner's theme
        stage.setTitle(Texts.t("csvimport.window"));
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

    /** The confirmation as an alert over {@code owner} in its theme: Import or Cancel, Cancel on Esc. */
    public static ImportConfirmation askWithAlert(Stage owner) {
        return (question, detail) -> {
            ButtonType importType = new ButtonType(Texts.t("csvimport.confirm.import"), ButtonBar.ButtonData.OK_DONE);
            // JavaFX's own Cancel speaks the system's language; this one the window's.
            ButtonType cancel = new ButtonType(Texts.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, importType, cancel);
            alert.setTitle(Texts.t("csvimport.window"));
            alert.setHeaderText(question);
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            alert.getDialogPane().setId("csv-confirm");
            return alert.showAndWait().filter(importType::equals).isPresent();
        };
    }
}
