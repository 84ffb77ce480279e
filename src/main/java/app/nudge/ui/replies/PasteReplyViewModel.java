package app.nudge.ui.replies;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The paste dialog's state: the text, and whether there is any to read. */
public final class PasteReplyViewModel {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanBinding empty = text.isEmpty().or(javafx.beans.binding.Bindings.createBooleanBinding(
            () -> text.get() == null || text.get().isBlank(), text));

    public StringProperty textProperty() {
        return text;
    }

    /** True while there is nothing but spaces: OK is off. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
