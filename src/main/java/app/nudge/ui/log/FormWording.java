package app.nudge.ui.log;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The form's title, subtitle, save button and hints, following what saving will do. The texts are
 * read when the target changes, in the language of that moment.
 */
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

    private void describe(Application a) {
        if (a == null) {
            title.set(t("log.title.new"));
            subtitle.set(t("log.subtitle.new"));
            saveText.set(t("log.save.new"));
            matchNote.set("");
            knownContacts.set("");
            return;
        }
        String contacts = a.contacts().stream()
                .map(c -> c.primary() ? t("log.contact.primary", "name", c.name()) : c.name())
                .collect(Collectors.joining(", "));
        if (editedIndex >= 0) {
            int round = editedIndex + 1;
            title.set(t("log.title.edit", "round", round));
            subtitle.set(t("log.subtitle.edit", "company", a.company(), "role", a.role(), "round", round));
            saveText.set(t("log.save.edit"));
            matchNote.set("");
            knownContacts.set(contacts.isEmpty() ? "" : t("log.known.edit", "contacts", contacts));
            return;
        }
        int round = a.interviews().size() + 1;
        title.set(t("log.title.add"));
        subtitle.set(t("log.subtitle.add", "company", a.company(), "role", a.role(), "round", round));
        saveText.set(t("log.save.add"));
        matchNote.set(fixedTarget ? "" : t("log.match", "company", a.company(), "role", a.role(), "round", round));
        knownContacts.set(contacts.isEmpty() ? "" : t("log.known.add", "contacts", contacts));
    }
}
