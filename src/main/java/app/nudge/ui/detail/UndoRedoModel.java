package app.nudge.ui.detail;

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

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper undoDetail = new ReadOnlyStringWrapper("Nothing to undo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyStringWrapper redoDetail = new ReadOnlyStringWrapper("Nothing to redo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** @param messages where "Undone: …" and refusals are said (the detail pane's status line) */
    public UndoRedoModel(ApplicationService applications, Executor uiExecutor, StatusLine messages) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
        this.messages = messages;
        applications.onHistoryChanged(state -> uiExecutor.execute(() -> show(state)));
    }

    private void show(ChangeHistory.State state) {
        show(state.undo(), "Undo", undoText, undoDetail, canUndo);
        show(state.redo(), "Redo", redoText, redoDetail, canRedo);
    }

    private static void show(Optional<Change> change, String verb, ReadOnlyStringWrapper text,
                             ReadOnlyStringWrapper detail, ReadOnlyBooleanWrapper can) {
        text.set(change.map(c -> verb + ": " + c.label()).orElse(verb));
        detail.set(change.map(c -> verb + ": " + c.label() + " (" + c.subject() + ")")
                .orElse("Nothing to " + verb.toLowerCase(java.util.Locale.ROOT)));
        can.set(change.isPresent());
    }

    /** Takes back the newest change; says what was undone, or why not. */
    public CompletableFuture<Change> undo() {
        return report(applications.undo(), "Undone");
    }

    /** Makes the newest undone change again; says what was redone, or why not. */
    public CompletableFuture<Change> redo() {
        return report(applications.redo(), "Redone");
    }

    private CompletableFuture<Change> report(CompletableFuture<Change> done, String verb) {
        return done.whenCompleteAsync((change, error) -> messages.show(error == null
                ? verb + ": " + change.label() + " (" + change.subject() + ")."
                : ErrorMessages.of(error), error != null), uiExecutor);
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
