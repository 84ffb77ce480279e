package app.nudge.ui.common;

import app.nudge.common.DateReader;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The date input of every dialog and form. What is typed is read by {@link DateReader#typed} and
 * becomes the value on Enter, on focus loss and (through {@link #commitBeforeOk}) before a dialog's
 * OK acts, because a plain {@code DatePicker} lets a default button fire before it reads its text.
 * Text it cannot read stays as typed, the value stays as it was, and {@link #errorProperty()} says
 * so in one line; Enter then goes no further, so a dialog's OK cannot take the old value.
 */
public class DateField extends DatePicker {

    /** Stands for "could not read it" inside this class; never a value. */
    private static final LocalDate UNREADABLE = LocalDate.MIN;

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Locale locale;
    private final DateTimeFormatter display;
    private Supplier<LocalDate> referenceDay = LocalDate::now;
    /** Null until set: "Date" in the language shown then. */
    private String fieldName;
    private boolean allowEmpty;
    private boolean past;
    /** The unreadable text, kept so the skin's own refresh shows it rather than the old value. */
    private String unreadable;

    public DateField() {
        this(null);
    }

    public DateField(LocalDate value) {
        this(value, typingLocale());
    }

    /**
     * Dates are read and shown the way the window's language writes them (3.12.2026 in German),
     * keeping the system's format when it is of that language: English on a British system stays
     * day first.
     */
    public static Locale typingLocale() {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        Locale window = Texts.current().locale();
        return system.getLanguage().equals(window.getLanguage()) ? system : window;
    }

    public DateField(LocalDate value, Locale locale) {
        super(value);
        this.locale = locale;
        this.display = DateReader.displayFormat(locale);
        getStyleClass().add("date-field");
        setConverter(new Converter());
        getEditor().setText(value == null ? "" : display.format(value));
        // Registered before the skin exists, so it runs before the skin redraws the text.
        valueProperty().addListener((obs, old, now) -> {
            unreadable = null;
            error.set("");
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !commit()) {
                e.consume(); // neither the skin (which would redraw the old value) nor a default button
            }
        });
        getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    /**
     * Reads the editor's text into the value. True when it could (or the field is disabled, or it
     * is empty and empty is allowed); false, with {@link #errorProperty()} set and the text kept,
     * when it could not.
     */
    public final boolean commit() {
        if (isDisabled()) {
            return true;
        }
        LocalDate read = read(getEditor().getText());
        if (read == UNREADABLE) {
            return false;
        }
        accept(read);
        return true;
    }

    /** The date the text means (null for an allowed empty text), or {@link #UNREADABLE} after refusing it. */
    private LocalDate read(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (allowEmpty) {
                return null;
            }
            refuse(raw, Texts.t("shell.dateField.empty", "field", fieldName(), "example", example()));
            return UNREADABLE;
        }
        var read = DateReader.typed(text, referenceDay.get(), locale, past);
        if (read.isEmpty()) {
            refuse(raw, Texts.t("shell.dateField.unreadable", "field", fieldName(), "example", example(), "text", text));
            return UNREADABLE;
        }
        unreadable = null;
        error.set("");
        return read.get();
    }

    private void accept(LocalDate date) {
        unreadable = null;
        error.set("");
        if (!Objects.equals(date, getValue())) {
            setValue(date);
        }
        getEditor().setText(date == null ? "" : display.format(date));
    }

    private void refuse(String text, String message) {
        unreadable = text == null ? "" : text;
        error.set(message);
    }

    private String example() {
        return Texts.t("shell.dateField.example", "shown", display.format(referenceDay.get()), "iso", referenceDay.get());
    }

    private String fieldName() {
        return fieldName != null ? fieldName : Texts.t("shell.dateField.name");
    }

    /** One line saying why the text was refused; empty while the field is fine. */
    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public final String getError() {
        return error.get();
    }

    /** The day a year-less date counts from ("11 Dec" is the next 11 December on or after it); today by default. */
    public final void setReferenceDay(Supplier<LocalDate> referenceDay) {
        this.referenceDay = Objects.requireNonNull(referenceDay);
    }

    /** The name messages use ("Check back on: cannot read …"); also what a screen reader says. */
    public final void setFieldName(String fieldName) {
        this.fieldName = fieldName;
        setAccessibleText(fieldName);
    }

    /**
     * For when something happened: a year-less date is then the last such day on or before the
     * reference day ("11/18" typed on 23 November is this 18 November), not the next one.
     */
    public final void setPastDates(boolean past) {
        this.past = past;
    }

    /** Whether an empty text is a valid "no date" (the value becomes null) rather than refused. */
    public final void setAllowEmpty(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
    }

    /** A label for the message, beside the field, hidden while there is none. */
    public final Label messageLabel() {
        Label label = new Label();
        label.getStyleClass().addAll("field-error", "date-field-error");
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        if (getId() != null) {
            label.setId(getId() + "Error");
        }
        return label;
    }

    /**
     * Makes the dialog's OK (any OK_DONE button) read every field first and refuse to act, focusing
     * the first unreadable one, while any cannot be read.
     */
    public static void commitBeforeOk(DialogPane pane, DateField... fields) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                continue;
            }
            Node button = pane.lookupButton(type);
            button.addEventFilter(ActionEvent.ACTION, e -> {
                for (DateField field : fields) {
                    if (!field.commit()) {
                        e.consume();
                        field.getEditor().requestFocus();
                        return;
                    }
                }
            });
        }
    }

    /** Shows what is typed; reads it the same way {@link #commit()} does but never throws. */
    private final class Converter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            if (unreadable != null) {
                return unreadable;
            }
            return date == null ? "" : display.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (isDisabled()) {
                return getValue();
            }
            LocalDate read = read(text);
            return read == UNREADABLE ? getValue() : read;
        }
    }
}
