package app.nudge.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab move the focus out of a {@link TextArea}, as in every other field of a form, instead
 * of typing a tab character into the text (a tab in an email body or signature is never wanted).
 * Shift+Tab goes back; Ctrl+Tab and Ctrl+Shift+Tab keep their usual meaning (they move on too).
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, redirect(area));
    }

    /**
     * Plain Tab becomes Ctrl+Tab, which the text area already takes as "focus next" (and Shift+Tab
     * as Ctrl+Shift+Tab, "focus previous"): the control's own traversal, no hand-made focus order.
     */
    private static EventHandler<KeyEvent> redirect(TextArea area) {
        return e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                    KeyCode.TAB, e.isShiftDown(), true, false, false));
        };
    }
}
