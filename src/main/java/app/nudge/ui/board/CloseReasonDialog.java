package app.nudge.ui.board;

import app.nudge.domain.EventType;
import app.nudge.i18n.Texts;
import app.nudge.ui.common.DialogButtons;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Asks why an application closed, as a card is moved to Closed: rejected, withdrew, or just closed. */
final class CloseReasonDialog {

    private CloseReasonDialog() {
    }

    /** The reason chosen among {@code choices}, or empty when cancelled; over {@code owner} (null: none), in its theme. */
    static Optional<EventType> ask(Window owner, BoardCard card, List<EventType> choices) {
        Map<String, EventType> byLabel = new LinkedHashMap<>();
        byLabel.put(Texts.t("board.close.rejected"), EventType.REJECTION_RECEIVED);
        byLabel.put(Texts.t("board.close.withdrew"), EventType.WITHDRAWN);
        byLabel.put(Texts.t("board.close.justClose"), EventType.CLOSED);
        byLabel.values().retainAll(choices);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(byLabel.keySet().iterator().next(), byLabel.keySet());
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.okCancel()); // the window's language
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Texts.t("board.close.title", "company", card.company()));
        dialog.setHeaderText(Texts.t("board.close.header", "company", card.company(), "role", card.role()));
        dialog.setContentText(Texts.t("board.close.reason"));
        // The dialog's own choice box has no label linked to it: name it for screen readers.
        dialog.getDialogPane().lookupAll(".combo-box").forEach(box -> box.setAccessibleText(Texts.t("board.close.reasonAccessible")));
        return dialog.showAndWait().map(byLabel::get);
    }
}
