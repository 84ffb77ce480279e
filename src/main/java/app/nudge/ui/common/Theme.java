package app.nudge.ui.common;

import java.util.ArrayList;
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
        List<String> next = new ArrayList<>(DARK.equals(normalise(theme)) ? List.of(BASE, DARK_SHEET) : List.of(BASE));
        scene.getStylesheets().stream().filter(sheet -> !sheet.equals(BASE) && !sheet.equals(DARK_SHEET)).forEach(next::add);
        if (!next.equals(scene.getStylesheets())) { // touching the list restyles every node of the scene
            scene.getStylesheets().setAll(next);
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
