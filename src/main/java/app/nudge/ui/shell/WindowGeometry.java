package app.nudge.ui.shell;

import app.nudge.common.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was and how it was split, kept between runs in a small file beside the
 * data ({@code window.properties}). Reading and writing touch the disk: never on the JavaFX thread.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized, double divider) {

    public static final String FILE_NAME = "window.properties";
    /** The smallest window the layout is made for. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    /** The saved geometry; empty when there is none or it cannot be read (the window then opens as new). */
    public static Optional<WindowGeometry> read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new WindowGeometry(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")), number(p, "divider")))
                    .filter(g -> g.width() > 0 && g.height() > 0 && g.divider() > 0 && g.divider() < 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged file only costs the window its old place
        }
    }

    /** Writes it atomically (a crash leaves the old file or the new one). */
    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", format(x));
        p.setProperty("y", format(y));
        p.setProperty("width", format(width));
        p.setProperty("height", format(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("divider", format(divider));
        AtomicFiles.write(file, out -> p.store(out, "Nudge window: size, place and split"));
    }

    /**
     * This geometry fitted to the screens there are now: kept when its title bar is on a screen
     * (shrunk to that screen if larger), else empty (a screen was unplugged: open as new).
     */
    /** Puts {@code stage} at this place and size (maximized or not); the split is the window's own to set. */
    public void placeOn(javafx.stage.Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }

    public Optional<WindowGeometry> fitTo(List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(x + 40, y, Math.max(1, width - 80), 30);
        return screens.stream().filter(s -> s.intersects(titleBar)).findFirst().map(screen -> {
            double w = Math.max(Math.min(width, screen.getWidth()), Math.min(MIN_WIDTH, screen.getWidth()));
            double h = Math.max(Math.min(height, screen.getHeight()), Math.min(MIN_HEIGHT, screen.getHeight()));
            double left = Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - w);
            double top = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - h);
            return new WindowGeometry(left, top, w, h, maximized, divider);
        });
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "NaN"));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
