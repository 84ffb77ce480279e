package app.nudge.ui.replies;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dropped anywhere on a node (the board) are read as replies. Filters, so the board's own
 * card drops below keep working: only drags that carry files are taken here.
 */
public final class EmailFileDrop {

    private EmailFileDrop() {
    }

    public static void install(Node target, Consumer<List<Path>> dropped) {
        target.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(!files.isEmpty());
                e.consume();
                dropped.accept(files); // after the drop completes: reading runs in the background
            }
        });
    }
}
