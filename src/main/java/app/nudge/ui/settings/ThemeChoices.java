package app.nudge.ui.settings;

import app.nudge.domain.ThemeChoice;
import app.nudge.ui.common.Theme;
import javafx.scene.Scene;

/**
 * The one place where the user's {@link ThemeChoice} meets the style sheets, and its words.
 * MERGE NOTE: the theme service of the shell branch resolves "follow the system" (and every window);
 * {@link #apply} should call it instead. Until then SYSTEM shows the light theme.
 */
public final class ThemeChoices {

    private ThemeChoices() {
    }

    /** Shows the chosen theme in the scene (keeps the scene's other style sheets). */
    public static void apply(Scene scene, ThemeChoice choice) {
        Theme.apply(scene, choice == ThemeChoice.DARK ? Theme.DARK : Theme.LIGHT);
    }

    /** What the theme box shows for a choice. */
    public static String label(ThemeChoice choice) {
        if (choice == null) {
            return "";
        }
        return switch (choice) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case SYSTEM -> "Follow the system";
        };
    }
}
