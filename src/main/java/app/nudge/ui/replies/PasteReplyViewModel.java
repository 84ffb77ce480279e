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

    /** Longer than any reply: a clipboard holding more is not offered (it is not a message). */
    static final int MAX_OFFERED = 1_000_000;

    /**
     * Text already copied when the dialog opens: offered as the reply (the user chose "Paste"), unless
     * it is blank or far too long to be one. Anything typed or pasted replaces it.
     */
    public void offerCopied(String copied) {
        if (copied != null && !copied.isBlank() && copied.length() <= MAX_OFFERED) {
            text.set(copied);
        }
    }

    /** True while there is nothing but spaces: OK is off. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
