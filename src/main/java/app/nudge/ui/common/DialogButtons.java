package app.nudge.ui.common;

import app.nudge.i18n.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * OK, Cancel and Close in the window's language. JavaFX's own {@link ButtonType#OK} and friends
 * speak the system's language, which is not the window's when the user chose another in Settings.
 * Dialogs that test the answer should test its {@link ButtonType#getButtonData()}.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Texts.t("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** OK then Cancel, as a confirmation offers them. */
    public static ButtonType[] okCancel() {
        return new ButtonType[] {ok(), cancel()};
    }
}
