package app.nudge.ui.insights;

import app.nudge.common.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * A JavaFX picture as a PNG file, without javafx-swing: the pixels are copied into an AWT image
 * (cheap, on the JavaFX thread) and ImageIO encodes and writes it (slow, off the JavaFX thread).
 */
final class PngFiles {

    private PngFiles() {
    }

    /** The picture's pixels in an AWT image; call where the picture was made (the JavaFX thread). */
    static BufferedImage pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    /** Writes the PNG whole or not at all (a crash leaves no half picture). Never on the JavaFX thread. */
    static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
