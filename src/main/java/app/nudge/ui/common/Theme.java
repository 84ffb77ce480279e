package app.nudge.ui.common;

import app.nudge.domain.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * The app's style sheet, light by default, with a dark variant that overrides its colours. Windows
 * get it through {@link ThemeService}; this class only knows how to put it on one scene.
 */
public final class Theme {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final String SYSTEM = "system";

    private static final String BASE = Theme.class.getResource("nudge.css").toExternalForm();
    private static final String DARK_SHEET = Theme.class.getResource("nudge-dark.css").toExternalForm();

    private Theme() {
    }

    /** The light theme. */
    public static void apply(Scene scene) {
        apply(scene, false);
    }

    /**
     * Applies "light" or "dark" (anything else counts as light), replacing whichever theme the scene
     * had and keeping its other style sheets.
     */
    public static void apply(Scene scene, String theme) {
        apply(scene, DARK.equals(normalise(theme)));
    }

    /** Applies the dark or the light theme, keeping the scene's other style sheets. */
    public static void apply(Scene scene, boolean dark) {
        List<String> next = new ArrayList<>(dark ? List.of(BASE, DARK_SHEET) : List.of(BASE));
        scene.getStylesheets().stream().filter(sheet -> !isThemeSheet(sheet)).forEach(next::add);
        if (!next.equals(scene.getStylesheets())) { // touching the list restyles every node of the scene
            scene.getStylesheets().setAll(next);
        }
    }

    /**
     * A dialog's scene wears its owner's style sheets (the theme the owner shows now, and any other
     * sheet it carries); without an owner, or an unstyled one, the light theme.
     */
    public static void likeOwner(Scene scene, javafx.stage.Window owner) {
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            apply(scene);
        }
    }

    /** "dark" for any spelling of dark, else "light". */
    public static String normalise(String theme) {
        return choiceOf(theme) == ThemeChoice.DARK ? DARK : LIGHT;
    }

    /** The stored word as a choice: "dark", "system" (any case), else light. */
    public static ThemeChoice choiceOf(String theme) {
        String word = theme == null ? "" : theme.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case DARK -> ThemeChoice.DARK;
            case SYSTEM -> ThemeChoice.SYSTEM;
            default -> ThemeChoice.LIGHT;
        };
    }

    /** Whether the scene shows the dark theme. */
    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(DARK_SHEET);
    }

    /** Whether the scene carries the app's theme at all (light or dark). */
    public static boolean isThemed(Scene scene) {
        return scene.getStylesheets().contains(BASE);
    }

    private static boolean isThemeSheet(String sheet) {
        return sheet.equals(BASE) || sheet.equals(DARK_SHEET);
    }
}
