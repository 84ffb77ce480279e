package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * "Copy" and "Save as PNG…" of every chart: a snapshot of the chart's frame, put on the clipboard
 * or written to a file chosen by the user. The file is written on {@code background} (never file
 * I/O on the JavaFX thread); {@link #statusProperty()} says in one line what happened.
 */
public final class ChartExport {

    private static final System.Logger LOG = System.getLogger(ChartExport.class.getName());

    private final ImageClipboard clipboard;
    private final PngFileChooser chooser;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param background where PNG files are written
     * @param ui         the JavaFX thread
     */
    public ChartExport(ImageClipboard clipboard, PngFileChooser chooser, Executor background, Executor ui) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.chooser = Objects.requireNonNull(chooser);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** The system clipboard and save dialog. */
    public static ChartExport system(Executor background, Executor ui) {
        return new ChartExport(ImageClipboard.system(), PngFileChooser.system(), background, ui);
    }

    /** What the last copy or save did, in one line; empty before any. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Forgets the last line: it spoke of figures no longer shown (the period or the report changed). */
    void clearStatus() {
        status.set("");
    }

    /** Puts the picture on the clipboard. On the JavaFX thread. */
    public void copy(Node picture, String what) {
        clipboard.put(snapshot(picture));
        status.set(t("insights.copied", "what", what));
    }

    /**
     * Asks where, then writes the picture there off the JavaFX thread. On the JavaFX thread; the
     * {@code owner} is the window the save dialog belongs to (the picture, built for the snapshot, has none). The
     * future completes (on the ui executor) once the status says how it went, at once when cancelled.
     */
    public CompletableFuture<Void> save(Window owner, Node picture, String what, String suggestedName) {
        Optional<Path> chosen = chooser.choose(owner, suggestedName);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = chosen.get();
        BufferedImage pixels = PngFiles.pixels(snapshot(picture)); // the scene is read on its own thread
        status.set(t("insights.saving", "what", what));
        return CompletableFuture.runAsync(() -> {
            try {
                PngFiles.write(pixels, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).handleAsync((done, error) -> {
            if (error == null) {
                status.set(t("insights.saved", "what", what, "file", file));
            } else {
                LOG.log(System.Logger.Level.WARNING, "Saving a chart failed", error);
                status.set(t("insights.notSaved", "file", file));
            }
            return null;
        }, ui);
    }

    private static WritableImage snapshot(Node picture) {
        return picture.snapshot(null, null);
    }
}
