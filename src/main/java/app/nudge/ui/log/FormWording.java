package app.nudge.ui.log;

import app.nudge.domain.Application;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The form's title, subtitle, save button and hints, following what saving will do. */
final class FormWording {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper(this, "saveText", "");
    private final ReadOnlyStringWrapper matchNote = new ReadOnlyStringWrapper(this, "matchNote", "");
    private final ReadOnlyStringWrapper knownContacts = new ReadOnlyStringWrapper(this, "knownContacts", "");
    private final boolean fixedTarget;
    private final int editedIndex;

    /**
     * @param target      the application saving changes, null for a new one
     * @param fixedTarget the form was opened on that application (no typed match)
     * @param editedIndex the round being edited, or -1
     */
    FormWording(ReadOnlyObjectProperty<Application> target, boolean fixedTarget, int editedIndex) {
        this.fixedTarget = fixedTarget;
        this.editedIndex = editedIndex;
        target.addListener((obs, was, now) -> describe(now));
        describe(target.get());
    }

    ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty subtitle() {
        return subtitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveText() {
        return saveText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty matchNote() {
        return matchNote.getReadOnlyProperty();
    }

    ReadOnlyStringProperty knownContacts() {
        return knownContacts.getReadOnlyProperty();
    }

    private void describe(Application t) {
        if (t == null) {
            title.set("Log interview");
            subtitle.set("Write it down while it is fresh: Nudge plans your thank-you note and follow-ups from it.");
            saveText.set("Save interview");
            matchNote.set("");
            knownContacts.set("");
            return;
        }
        String contacts = t.contacts().stream()
                .map(c -> c.primary() ? c.name() + " (contact for updates)" : c.name()).collect(Collectors.joining(", "));
        if (editedIndex >= 0) {
            title.set("Edit round " + (editedIndex + 1));
            subtitle.set(t.company() + " – " + t.role() + " · round " + (editedIndex + 1)
                    + ". Saving corrects this round; the plan follows at once.");
            saveText.set("Save changes");
            matchNote.set("");
            knownContacts.set(contacts.isEmpty() ? "" : "Known contacts: " + contacts
                    + ". Removing a line here keeps the contact; edit the application to remove one.");
            return;
        }
        int round = t.interviews().size() + 1;
        title.set("Add a later round");
        subtitle.set(t.company() + " – " + t.role() + " · round " + round
                + ". Earlier rounds and everything recorded stay as they are.");
        saveText.set("Add round");
        matchNote.set(fixedTarget ? "" : "You already follow " + t.company() + " – " + t.role()
                + ". Saving adds this as round " + round + " instead of a second copy.");
        knownContacts.set(contacts.isEmpty() ? "" : "Already known: " + contacts
                + ". Type a known name to update that person.");
    }
}
