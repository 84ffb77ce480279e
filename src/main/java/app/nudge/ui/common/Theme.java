package app.nudge.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;

/** The app's style sheet, light by default, with a dark variant that overrides its colours. */
public final class Theme {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private static final String BASE = Theme.class.getResource("nudge.css").toExternalForm();
    private static final String DARK_SHEET = Theme.class.getResource("nudge-dark.css").toExternalForm();

    private Theme() {
    }

    /** The light theme. */
    public static void apply(Scene scene) {
        apply(scene, LIGHT);
    }

    /**
     * Applies "light" or "dark" (anything else counts as light), replacing whichever theme the scene
     * had and keeping its other style sheets.
     */
    public static void apply(Scene scene, String theme) {
        List<String> wanted = DARK.equals(normalise(theme)) ? List.of(BASE, DARK_SHEET) : List.of(BASE);
        List<String> sheets = scene.getStylesheets();
        if (sheets.size() >= wanted.size() && sheets.subList(0, wanted.size()).equals(wanted)
                && (wanted.size() == 2 || !sheets.contains(DARK_SHEET))) {
            return; // already so: touching the list would restyle every node of the scene for nothing
        }
        scene.getStylesheets().removeAll(BASE, DARK_SHEET);
        scene.getStylesheets().add(0, BASE);
        if (DARK.equals(normalise(theme))) {
            scene.getStylesheets().add(1, DARK_SHEET);
        }
    }

    /** "dark" for any spelling of dark, else "light". */
    public static String normalise(String theme) {
        return theme != null && DARK.equals(theme.strip().toLowerCase(Locale.ROOT)) ? DARK : LIGHT;
    }

    /** Whether the scene shows the dark theme. */
    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(DARK_SHEET);
    }
}
