package app.nudge.ui.composer;

/** Where "copy" puts text and "Paste a reply" takes it from. Behind an interface because Monocle's clipboard does nothing in tests. */
@FunctionalInterface
public interface ClipboardPort {

    /** @param html the same content as HTML, or null for plain text only */
    void put(String plain, String html);

    /** The clipboard's text now, or "" when it holds none (call on the JavaFX thread). */
    default String text() {
        return "";
    }
}
