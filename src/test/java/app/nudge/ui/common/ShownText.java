package app.nudge.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a label or button really shows: its text as laid out, with "…" where it was cut (tests compare it with the whole text). */
public final class ShownText {

    private ShownText() {
    }

    public static String of(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }
}
