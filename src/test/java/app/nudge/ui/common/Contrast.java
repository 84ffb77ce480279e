package app.nudge.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * WCAG 2.x contrast of every visible text in a scene against what is painted behind it. Every
 * Labeled, Text and TextInputControl draws its words with a {@link Text} node, so walking the
 * Text nodes covers them all. The background is the first non-transparent fill found walking up
 * the parents (see-through fills are blended over what lies further up), else the scene's fill.
 */
public final class Contrast {

    /** AA: 4.5:1 for normal text, 3:1 for large (24 px, or 18.66 px bold). */
    public static final double NORMAL = 4.5;
    public static final double LARGE = 3.0;

    private Contrast() {
    }

    /** One text that does not meet AA. */
    public record Failure(String text, String where, Color fill, Color background, double ratio, double needed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" in %s: %s on %s = %.2f:1 (needs %.1f)", text, where, hex(fill),
                    hex(background), ratio, needed);
        }
    }

    /** Every visible text of the scene below AA. */
    public static List<Failure> failures(Scene scene) {
        List<Failure> failures = new ArrayList<>();
        walk(scene.getRoot(), scene, failures);
        return failures;
    }

    private static void walk(Node node, Scene scene, List<Failure> failures) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text) {
            check(text, scene, failures);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, scene, failures));
        }
    }

    private static void check(Text text, Scene scene, List<Failure> failures) {
        String words = text.getText();
        if (words == null || words.isBlank() || text.isDisabled() || !shown(text, scene)) {
            return; // WCAG leaves disabled controls out
        }
        Color fill = solid(text.getFill());
        if (fill == null) {
            return;
        }
        Color background = backgroundOf(text.getParent(), scene);
        Color ink = blend(fill, background);
        double ratio = ratio(ink, background);
        double needed = isLarge(text.getFont()) ? LARGE : NORMAL;
        if (ratio < needed) {
            failures.add(new Failure(words.length() > 40 ? words.substring(0, 40) + "…" : words, path(text), ink, background,
                    ratio, needed));
        }
    }

    /** Inside the window and not cut away to nothing by a scroll pane or clip. */
    private static boolean shown(Text text, Scene scene) {
        var bounds = text.localToScene(text.getBoundsInLocal());
        return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.getMaxX() > 0 && bounds.getMaxY() > 0
                && bounds.getMinX() < scene.getWidth() && bounds.getMinY() < scene.getHeight();
    }

    static boolean isLarge(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }

    /** What is painted behind a node: the first fill going up, see-through ones blended over the rest. */
    public static Color backgroundOf(Node from, Scene scene) {
        for (Node node = from; node != null; node = node.getParent()) {
            if (node instanceof Region region) {
                Color fill = topFill(region.getBackground());
                if (fill != null) {
                    return fill.getOpacity() >= 1 ? fill : blend(fill, backgroundOf(node.getParent(), scene));
                }
            }
        }
        Color sceneFill = solid(scene.getFill());
        return sceneFill == null || sceneFill.getOpacity() == 0 ? Color.WHITE : blend(sceneFill, Color.WHITE);
    }

    /** The fill drawn last (Modena paints borders first, the body on top). */
    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color color = solid(fills.get(i).getFill());
            if (color != null && color.getOpacity() > 0.02) {
                return color;
            }
        }
        return null;
    }

    /** A colour for a paint; gradients count as the average of their stops. */
    static Color solid(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, b / n, a / n);
    }

    static Color blend(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** WCAG contrast ratio, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String path(Node node) {
        StringBuilder where = new StringBuilder();
        for (Node n = node.getParent(); n != null && where.length() < 120; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : !n.getStyleClass().isEmpty() ? "." + n.getStyleClass().get(n.getStyleClass().size() - 1) : null;
            if (name != null) {
                where.insert(0, where.isEmpty() ? name : name + " > ");
                if (n.getId() != null) {
                    break;
                }
            }
        }
        return where.toString();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
