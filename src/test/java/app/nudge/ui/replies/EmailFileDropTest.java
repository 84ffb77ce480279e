package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real drag of two files onto a node that takes email files, as a file manager's drag would
 * arrive. Drag and drop freezes under headless Monocle (TestFX issue 33), so this runs only with a
 * display: {@code xvfb-run mvn test -Ddisplay.tests -Dtest=EmailFileDropTest}. The headless journey
 * calls {@link RepliesUi#filesDropped}, which the drop calls.
 */
@Tag("display")
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmailFileDropTest {

    private final List<List<Path>> dropped = new ArrayList<>();
    private final List<java.io.File> files = List.of(new java.io.File("/tmp/one.eml"), new java.io.File("/tmp/two.msg"));

    @Start
    void start(Stage stage) {
        Label source = new Label("two files");
        source.setId("source");
        source.setMinSize(120, 80);
        source.setOnDragDetected(e -> {
            Dragboard board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(files);
            board.setContent(content);
            e.consume();
        });
        StackPane board = new StackPane(new Label("the board"));
        board.setId("target");
        board.setMinSize(300, 200);
        EmailFileDrop.install(board, dropped::add);
        stage.setScene(new Scene(new HBox(40, source, board), 600, 300));
        stage.show();
    }

    @Test
    void droppingFilesHandsOverEveryPathOnce(FxRobot robot) {
        robot.drag("#source").dropTo("#target");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(List.of(Path.of("/tmp/one.eml"), Path.of("/tmp/two.msg"))), dropped);
    }
}
