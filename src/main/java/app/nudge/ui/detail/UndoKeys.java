package app.nudge.ui.detail;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z (Cmd+Z) undoes the newest change, Ctrl+Shift+Z and Ctrl+Y redo it, anywhere in the
 * window, except that a text field with typing of its own to undo keeps the keys for that.
 */
public final class UndoKeys {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    /** A filter, so it runs before a text field's own handling (which would swallow the keys). */
    public static void install(Scene scene, UndoRedoModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            TextInputControl text = focus instanceof TextInputControl t ? t : null;
            if (UNDO.match(e)) {
                if (text == null || !text.isUndoable()) {
                    e.consume();
                    model.undo();
                }
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                if (text == null || !text.isRedoable()) {
                    e.consume();
                    model.redo();
                }
            }
        });
    }
}
