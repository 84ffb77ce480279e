package app.nudge.ui.insights;

import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where "Copy" puts a chart's picture. An interface because Monocle's clipboard does nothing in tests. */
@FunctionalInterface
public interface ImageClipboard {

    /** On the JavaFX thread. */
    void put(Image image);

    /** The system clipboard (on X11 it empties when Nudge exits). */
    static ImageClipboard system() {
        return image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
