package app.nudge.ui.detail;

import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.service.ApplicationService;
import app.nudge.service.undo.Change;
import app.nudge.service.undo.ChangeHistory;
import app.nudge.ui.common.StatusLine;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for the window: what the next undo and redo would do, as texts for the buttons
 * ("Undo: delete 'Follow-up sent'"), kept on the JavaFX thread from the service's history. The
 * history is the app's, not one application's: Ctrl+Z takes back the newest change wherever it was.
 */
public final class UndoRedoModel {

    private final ApplicationService applications;
    private final Executor uiExecutor;
    private final StatusLine messages;

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(t("detail.undo"));
    private final ReadOnlyStringWrapper undoDetail = new ReadOnlyStringWrapper(t("detail.undo.none"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(t("detail.redo"));
    private final ReadOnlyStringWrapper redoDetail = new ReadOnlyStringWrapper(t("detail.redo.none"));
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** @param messages where "Undone: …" and refusals are said (the detail pane's status line) */
    public UndoRedoModel(ApplicationService applications, Executor uiExecutor, StatusLine messages) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
        this.messages = messages;
        applications.onHistoryChanged(state -> uiExecutor.execute(() -> show(state)));
    }

    private void show(ChangeHistory.State state) {
        Optional<Change> undo = state.undo();
        undoText.set(undo.map(c -> t("detail.undo.what", "change", c.label())).orElse(t("detail.undo")));
        undoDetail.set(undo.map(c -> t("detail.undo.detail", "change", c.label(), "subject", c.subject()))
                .orElse(t("detail.undo.none")));
        canUndo.set(undo.isPresent());
        Optional<Change> redo = state.redo();
        redoText.set(redo.map(c -> t("detail.redo.what", "change", c.label())).orElse(t("detail.redo")));
        redoDetail.set(redo.map(c -> t("detail.redo.detail", "change", c.label(), "subject", c.subject()))
                .orElse(t("detail.redo.none")));
        canRedo.set(redo.isPresent());
    }

    /** Takes back the newest change; says what was undone, or why not. */
    public CompletableFuture<Change> undo() {
        return report(applications.undo(), true);
    }

    /** Makes the newest undone change again; says what was redone, or why not. */
    public CompletableFuture<Change> redo() {
        return report(applications.redo(), false);
    }

    private CompletableFuture<Change> report(CompletableFuture<Change> done, boolean undone) {
        return done.whenCompleteAsync((change, error) -> messages.show(error != null ? ErrorMessages.of(error)
                : undone ? t("detail.undone", "change", change.label(), "subject", change.subject())
                : t("detail.redone", "change", change.label(), "subject", change.subject()), error != null), uiExecutor);
    }

    /** "Undo" alone, or "Undo: delete 'Follow-up sent'". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** The same with whose data it is, for the tooltip: "Undo: delete 'Follow-up sent' (Acme Corp)". */
    public ReadOnlyStringProperty undoDetailProperty() {
        return undoDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDetailProperty() {
        return redoDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
