package app.nudge.ui.log;

import app.nudge.i18n.Texts;
import app.nudge.ui.common.DateField;
import java.util.Locale;

/**
 * The form's date field, reading and writing dates the way the window's language does (3.12.2026
 * in German), where a plain {@link DateField} made by FXML follows the system's format. A system
 * format of the same language is kept, so English on a British system still reads day first.
 */
public class FormDateField extends DateField {

    public FormDateField() {
        super(null, typingLocale());
    }

    /** The system's format locale when it speaks the window's language, else the window's language. */
    static Locale typingLocale() {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        Locale window = Texts.current().locale();
        return system.getLanguage().equals(window.getLanguage()) ? system : window;
    }
}
