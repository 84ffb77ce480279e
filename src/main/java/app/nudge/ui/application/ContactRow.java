package app.nudge.ui.application;

import app.nudge.domain.Contact;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contact line of the "edit application" dialog; {@code forUpdates} becomes {@code Contact.primary}. */
public final class ContactRow {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty forUpdates = new SimpleBooleanProperty(this, "forUpdates", false);

    static ContactRow of(Contact c) {
        ContactRow row = new ContactRow();
        row.name.set(c.name());
        row.email.set(c.email());
        row.phone.set(c.phone());
        row.title.set(c.title());
        row.forUpdates.set(c.primary());
        return row;
    }

    Contact toContact() {
        return new Contact(name.get().strip(), email.get().strip(), phone.get().strip(), title.get().strip(),
                forUpdates.get());
    }

    boolean isBlank() {
        return name.get().isBlank() && email.get().isBlank() && phone.get().isBlank() && title.get().isBlank();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The person's role at the employer ("Hiring Manager"). */
    public StringProperty titleProperty() {
        return title;
    }

    /** The one who gives status updates; the view model keeps at most one marked. */
    public BooleanProperty forUpdatesProperty() {
        return forUpdates;
    }
}
