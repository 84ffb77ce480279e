package app.nudge.app;

import app.nudge.i18n.Texts;
import app.nudge.store.Backups;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import app.nudge.ui.common.DialogButtons;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Lists the backups (date, kind, size) and restores one after a confirmation. The restore itself
 * is the app's: it closes the database on its thread, restores, reopens and re-plans.
 */
final class BackupsDialog {

    private BackupsDialog() {
    }

    static void show(Window owner, List<Backups.Backup> backups, String folder, Consumer<Backups.Backup> restore) {
        build(owner, backups, folder, restore, BackupsDialog::confirm).showAndWait();
    }

    /** Asks before a restore; true to go ahead. */
    private static boolean confirm(Window owner, Backups.Backup chosen) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Texts.t("app.backups.confirm", "when", when(chosen.taken())),
                DialogButtons.cancel(), DialogButtons.ok());
        confirm.initOwner(owner);
        confirm.setHeaderText(Texts.t("app.backups.confirmHeader"));
        return confirm.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /** The dialog, not shown yet; {@code confirm} asks before {@code restore} runs. */
    static Dialog<ButtonType> build(Window owner, List<Backups.Backup> backups, String folder,
            Consumer<Backups.Backup> restore, BiPredicate<Window, Backups.Backup> confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.t("app.backups.title"));
        TableView<Backups.Backup> table = new TableView<>();
        table.setId("backups");
        TableColumn<Backups.Backup, String> date = new TableColumn<>(Texts.t("app.backups.taken"));
        date.setCellValueFactory(c -> new SimpleStringProperty(when(c.getValue().taken())));
        TableColumn<Backups.Backup, String> kind = new TableColumn<>(Texts.t("app.backups.kind"));
        kind.setCellValueFactory(c -> new SimpleStringProperty(Texts.t("app.backups.kind." + c.getValue().kind().name())));
        TableColumn<Backups.Backup, String> size = new TableColumn<>(Texts.t("app.backups.size"));
        size.setCellValueFactory(c -> new SimpleStringProperty(Texts.t("app.backups.sizeKb", "size", (c.getValue().size() + 1023) / 1024)));
        table.getColumns().setAll(List.of(date, kind, size));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label(Texts.t("app.backups.none")));
        table.setPrefSize(480, 300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dialog.getDialogPane().setContent(new VBox(8, new Label(Texts.t("app.backups.folder", "folder", folder)), table));
        ButtonType restoreType = new ButtonType(Texts.t("app.backups.restore"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().setId("backupsPane");
        dialog.getDialogPane().getButtonTypes().setAll(restoreType, DialogButtons.close());
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restoreType);
        restoreButton.setId("restoreBackup");
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Backups.Backup chosen = table.getSelectionModel().getSelectedItem();
            if (!confirm.test(dialog.getDialogPane().getScene().getWindow(), chosen)) {
                e.consume(); // stay in the list
                return;
            }
            restore.accept(chosen);
        });
        return dialog;
    }

    /** What the window says after a restore: when the backup was taken, and where the data it replaced went. */
    static String restoredNotice(Backups.Restored restored) {
        String taken = when(restored.from().taken());
        if (restored.previousStateBackup().isPresent()) {
            return Texts.t("app.backups.restoredKept", "when", taken);
        }
        return restored.damagedFileMovedTo()
                .map(aside -> Texts.t("app.backups.restoredDamaged", "when", taken, "file", aside.getFileName()))
                .orElse(Texts.t("app.backups.restored", "when", taken));
    }

    /** When a backup was taken, the language's way: "Tue 1 Dec 2026, 09:30". */
    private static String when(LocalDateTime taken) {
        return Texts.current().date("format.dayYearTime", taken);
    }
}
