package app.nudge.app;

import app.nudge.store.Backups;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private BackupsDialog() {
    }

    static void show(Window owner, List<Backups.Backup> backups, String folder, Consumer<Backups.Backup> restore) {
        build(owner, backups, folder, restore, BackupsDialog::confirm).showAndWait();
    }

    /** Asks before a restore; true to go ahead. */
    private static boolean confirm(Window owner, Backups.Backup chosen) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace your data with the backup taken "
                + WHEN.format(chosen.taken()) + "?\n\nYour current data is kept as a backup first, so you can go back.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setHeaderText("Restore this backup?");
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** The dialog, not shown yet; {@code confirm} asks before {@code restore} runs. */
    static Dialog<ButtonType> build(Window owner, List<Backups.Backup> backups, String folder,
            Consumer<Backups.Backup> restore, BiPredicate<Window, Backups.Backup> confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Backups");
        TableView<Backups.Backup> table = new TableView<>();
        table.setId("backups");
        TableColumn<Backups.Backup, String> date = new TableColumn<>("Taken");
        date.setCellValueFactory(c -> new SimpleStringProperty(WHEN.format(c.getValue().taken())));
        TableColumn<Backups.Backup, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().kind().label()));
        TableColumn<Backups.Backup, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> new SimpleStringProperty((c.getValue().size() + 1023) / 1024 + " KB"));
        table.getColumns().setAll(List.of(date, kind, size));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label("No backups yet: Nudge takes one each day you open it."));
        table.setPrefSize(480, 300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Backups are kept in " + folder), table));
        ButtonType restoreType = new ButtonType("Restore…", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().setId("backupsPane");
        dialog.getDialogPane().getButtonTypes().setAll(restoreType, ButtonType.CLOSE);
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
        String taken = "Restored the backup taken " + WHEN.format(restored.from().taken()) + ".";
        if (restored.previousStateBackup().isPresent()) {
            return taken + " The data it replaced was kept as a backup, so you can go back.";
        }
        return restored.damagedFileMovedTo()
                .map(aside -> taken + " The damaged file was kept as " + aside.getFileName() + ".")
                .orElse(taken);
    }
}
