package app.nudge.ui.composer;

/** Where "copy" puts text. Behind an interface because Monocle's clipboard does nothing in tests. */
@FunctionalInterface
public interface ClipboardPort {

    /** @param html the same content as HTML, or null for plain text only */
    void put(String plain, String html);
}
