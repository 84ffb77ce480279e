package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a picture of every view and dialog of {@link ViewCatalog}, in both themes, at 1024x640
 * and 1440x900, to {@code target/gallery/NAME-THEME-WIDTHxHEIGHT.png}. Run:
 * {@code mvn -B -Pgallery verify} (the tag keeps it out of the everyday build).
 */
@Tag("gallery")
@ExtendWith(ApplicationExtension.class)
class GalleryTest {

    private static final Path OUT = Path.of("target", "gallery");
    private static final List<int[]> SIZES = List.of(new int[] {1024, 640}, new int[] {1440, 900});

    @TempDir
    Path folder;

    private ViewCatalog.App app;

    @Start
    void start(Stage stage) {
        app = new ViewCatalog.App(stage, folder);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void picturesEveryViewInBothThemesAtBothSizes() throws Exception {
        Files.createDirectories(OUT);
        int written = 0;
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            WaitForAsyncUtils.asyncFx(() -> app.wiring.theme().apply(theme)).get();
            for (int[] size : SIZES) {
                for (ViewCatalog.View view : ViewCatalog.VIEWS) {
                    app.reset(size[0], size[1]);
                    Window window = app.open(view, size[0], size[1]);
                    WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
                    String name = String.format(Locale.ROOT, "%s-%s-%dx%d.png", view.name(),
                            theme.name().toLowerCase(Locale.ROOT), size[0], size[1]);
                    ImageIO.write(toAwt(image), "png", OUT.resolve(name).toFile());
                    written++;
                    app.closeOthers();
                }
            }
        }
        assertTrue(written == 2 * SIZES.size() * ViewCatalog.VIEWS.size());
    }

    static BufferedImage toAwt(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }
}
