package app.nudge.ui.settings;

import app.nudge.domain.ThemeChoice;
import app.nudge.i18n.Texts;

/**
 * The words the Settings and welcome dialogs show for a {@link ThemeChoice}. Applying a choice is the
 * app's {@code ThemeService} (ui/common), which also resolves "follow the system".
 */
public final class ThemeChoices {

    private ThemeChoices() {
    }

    /** What the theme box shows for a choice. */
    public static String label(ThemeChoice choice) {
        if (choice == null) {
            return "";
        }
        return switch (choice) {
            case LIGHT -> Texts.t("settings.theme.light");
            case DARK -> Texts.t("settings.theme.dark");
            case SYSTEM -> Texts.t("settings.theme.system");
        };
    }
}
