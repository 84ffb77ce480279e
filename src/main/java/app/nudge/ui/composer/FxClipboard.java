package app.nudge.ui.composer;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard (call on the JavaFX thread). On X11 it empties when Nudge exits. */
public final class FxClipboard implements ClipboardPort {

    @Override
    public void put(String plain, String html) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        if (html != null) {
            content.putHtml(html);
        }
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() && clipboard.getString() != null ? clipboard.getString() : "";
    }
}
