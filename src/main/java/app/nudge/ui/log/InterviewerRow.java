package app.nudge.ui.log;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the form's interviewer list. {@code contactForUpdates} marks the person who will
 * send status updates (becomes {@code Contact.primary}); the view model keeps at most one marked.
 */
public final class InterviewerRow {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty contactForUpdates = new SimpleBooleanProperty(this, "contactForUpdates", false);
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty contactForUpdatesProperty() {
        return contactForUpdates;
    }

    /** The problem with this line (a bad email, a missing name), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when nothing was typed on this line: such lines are ignored on save. */
    public boolean isBlank() {
        return name.get().isBlank() && email.get().isBlank() && title.get().isBlank();
    }
}
