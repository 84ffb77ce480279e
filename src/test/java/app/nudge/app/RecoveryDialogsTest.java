package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.Backups;
import app.nudge.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The two dialogs of "nothing lost": the way out of a file that does not open, and the Backups list. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogsTest {

    private Stage stage;
    private Dialog<?> shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeDialog() {
        if (shown != null) {
            Platform.runLater(shown::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private Alert problemDialog(StoreException.Kind kind, boolean backupExists) {
        Alert alert = onFx(() -> {
            Alert a = DatabaseProblemDialog.build(stage, new StoreException(kind, "The database /data/nudge is damaged.", null),
                    backupExists);
            a.show();
            return a;
        });
        shown = alert;
        WaitForAsyncUtils.waitForFxEvents();
        return alert;
    }

    private static List<String> buttonTexts(Dialog<?> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream().map(ButtonType::getText).toList();
    }

    @Test
    void aDamagedFileWithABackupOffersRestoreAnotherFileAndQuit(FxRobot robot) {
        Alert alert = problemDialog(StoreException.Kind.DAMAGED, true);
        assertEquals("Your data file is damaged", alert.getHeaderText());
        assertEquals(List.of("Restore latest backup", "Choose another file…", "Quit"), buttonTexts(alert));

        robot.clickOn("Restore latest backup");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(alert.isShowing());
        assertEquals(DatabaseProblemDialog.Choice.RESTORE_LATEST, DatabaseProblemDialog.choiceOf(alert.getResult()));
    }

    @Test
    void withoutABackupItSaysSoAndOffersOnlyAnotherFileOrQuit(FxRobot robot) {
        Alert alert = problemDialog(StoreException.Kind.DAMAGED, false);
        assertEquals(List.of("Choose another file…", "Quit"), buttonTexts(alert));
        assertTrue(alert.getContentText().contains("There is no backup to restore."), alert.getContentText());

        robot.clickOn("Choose another file…");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(DatabaseProblemDialog.Choice.CHOOSE_ANOTHER, DatabaseProblemDialog.choiceOf(alert.getResult()));
    }

    @Test
    void dataFromANewerNudgeIsNeverOverwrittenByAnOlderBackup() {
        Alert alert = problemDialog(StoreException.Kind.TOO_NEW, true);
        assertEquals("Your data was saved by a newer Nudge", alert.getHeaderText());
        assertEquals(List.of("Choose another file…", "Quit"), buttonTexts(alert));
        assertEquals(DatabaseProblemDialog.Choice.QUIT, DatabaseProblemDialog.choiceOf(ButtonType.CLOSE),
                "closing the dialog is quitting, never a silent new database");
    }

    @Test
    void aServerAwayOrWantingAPasswordOffersRetryAFileOnThisComputerOrQuit() {
        Alert alert = problemDialog(StoreException.Kind.OFFLINE, true);
        assertEquals("The server cannot be reached", alert.getHeaderText());
        assertEquals(List.of("Retry", "Use a file on this computer…", "Quit"), buttonTexts(alert), "no restore: the data is fine");
        assertFalse(alert.getContentText().contains("no backup"), alert.getContentText());
        assertTrue(alert.getContentText().endsWith("Retry when the server is back, or use a file on this computer meanwhile."));
        Alert password = onFx(() -> DatabaseProblemDialog.build(stage, new StoreException(StoreException.Kind.NEEDS_PASSWORD,
                "The server db.example wants the password of jane.", null), false));
        assertEquals("The server wants a password", password.getHeaderText());
        assertEquals(List.of("Retry", "Use a file on this computer…", "Quit"), buttonTexts(password));
        assertTrue(password.getContentText().endsWith("Retry to type the password, or use a file on this computer instead."),
                "a password not given is no server away: " + password.getContentText());
        assertEquals(DatabaseProblemDialog.Choice.RETRY, DatabaseProblemDialog.choiceOf(DatabaseProblemDialog.retry()));
        assertEquals(DatabaseProblemDialog.Choice.CHOOSE_ANOTHER, DatabaseProblemDialog.choiceOf(DatabaseProblemDialog.chooseFile()));
    }

    @Test
    void aReadOnlyFileIsNeverReplacedByARestore() {
        Alert alert = problemDialog(StoreException.Kind.READ_ONLY, true);
        assertEquals("Your data file is read-only", alert.getHeaderText());
        assertEquals(List.of("Choose another file…", "Quit"), buttonTexts(alert));
        assertFalse(alert.getContentText().contains("no backup"), alert.getContentText());
    }

    private static Backups.Backup backup(Backups.Kind kind, int day) {
        return new Backups.Backup(Path.of("backups/nudge-" + day + ".zip"), kind, LocalDateTime.of(2026, 11, day, 9, 30),
                20_480, "2026-11-" + day);
    }

    @Test
    void theBackupsListRestoresTheChosenOneOnlyAfterConfirmation(FxRobot robot) {
        List<Backups.Backup> backups = List.of(backup(Backups.Kind.DAILY, 23), backup(Backups.Kind.PRE_MIGRATION, 20));
        List<Backups.Backup> restored = new ArrayList<>();
        AtomicBoolean confirm = new AtomicBoolean(false);
        AtomicReference<Backups.Backup> askedAbout = new AtomicReference<>();
        Dialog<ButtonType> dialog = onFx(() -> {
            Dialog<ButtonType> d = BackupsDialog.build(stage, backups, "/data/backups", restored::add, (owner, chosen) -> {
                askedAbout.set(chosen);
                return confirm.get();
            });
            d.show();
            return d;
        });
        shown = dialog;
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#backups").queryAs(TableView.class);
        Button restore = robot.lookup("#restoreBackup").queryButton();
        assertEquals(2, table.getItems().size());
        assertTrue(restore.isDisabled(), "nothing chosen yet");

        robot.clickOn("before an update");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(restore.isDisabled());

        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(backups.get(1), askedAbout.get());
        assertTrue(restored.isEmpty(), "declined: nothing restored");
        assertTrue(dialog.isShowing(), "declined: the list stays");

        confirm.set(true);
        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(backups.get(1)), restored);
        assertFalse(dialog.isShowing());
    }

    @Test
    void anEmptyListSaysWhenBackupsAreTaken(FxRobot robot) {
        shown = onFx(() -> {
            Dialog<ButtonType> d = BackupsDialog.build(stage, List.of(), "/data/backups", b -> { }, (o, b) -> true);
            d.show();
            return d;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("No backups yet: Nudge takes one each day you open it.").tryQuery().isPresent());
        assertTrue(robot.lookup("Backups are kept in /data/backups").tryQuery().isPresent());
    }
}
