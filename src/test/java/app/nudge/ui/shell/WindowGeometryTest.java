package app.nudge.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's size, place and split survive a restart, and never come back onto a screen that is gone. */
class WindowGeometryTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @TempDir
    Path folder;

    @Test
    void writtenGeometryReadsBackTheSame() throws Exception {
        Path file = folder.resolve(WindowGeometry.FILE_NAME);
        WindowGeometry saved = new WindowGeometry(120, 80, 1100, 700, false, 0.62);
        saved.write(file);
        assertEquals(Optional.of(saved), WindowGeometry.read(file));
        assertEquals(List.of(WindowGeometry.FILE_NAME), Files.list(folder).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left beside it");
    }

    @Test
    void aMissingOrDamagedFileOpensTheWindowAsNew() throws Exception {
        Path file = folder.resolve(WindowGeometry.FILE_NAME);
        assertEquals(Optional.empty(), WindowGeometry.read(file));
        Files.writeString(file, "x=left\nwidth=wide\n");
        assertEquals(Optional.empty(), WindowGeometry.read(file));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensAsNew() {
        WindowGeometry onSecondScreen = new WindowGeometry(2200, 100, 1200, 800, false, 0.7);
        assertEquals(Optional.empty(), onSecondScreen.fitTo(List.of(LAPTOP)));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToItAndKeptOnIt() {
        WindowGeometry big = new WindowGeometry(300, 10, 1920, 1080, false, 0.7);
        WindowGeometry fitted = big.fitTo(List.of(LAPTOP)).orElseThrow();
        assertEquals(new WindowGeometry(0, 0, 1366, 728, false, 0.7), fitted);
        assertTrue(LAPTOP.contains(fitted.x(), fitted.y(), fitted.width(), fitted.height()));
    }
}
