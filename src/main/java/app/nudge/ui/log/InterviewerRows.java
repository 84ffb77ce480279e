package app.nudge.ui.log;

import app.nudge.domain.Contact;
import app.nudge.domain.InterviewLog;
import app.nudge.ui.common.OneMarked;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form's interviewer lines, the same for a new round and an edited one: at most one line is
 * the contact for updates. For a new application the first line is marked at once and the mark
 * moves to the first remaining line when the marked one goes; for a stored application nothing is
 * marked unless the user says so, so the contact already marked stays the one.
 */
final class InterviewerRows {

    private final boolean markFirst;
    private final ObservableList<InterviewerRow> rows = FXCollections.observableArrayList(row -> new Observable[] {
            row.nameProperty(), row.emailProperty(), row.titleProperty(), row.contactForUpdatesProperty()});
    private final ObjectProperty<InterviewerRow> current = new SimpleObjectProperty<>(this, "current");

    /** @param markFirst true for a new application, whose first person is the contact for updates */
    InterviewerRows(boolean markFirst) {
        this.markFirst = markFirst;
        OneMarked.watch(rows, InterviewerRow::contactForUpdatesProperty, markFirst);
    }

    ObservableList<InterviewerRow> rows() {
        return rows;
    }

    ObjectProperty<InterviewerRow> currentProperty() {
        return current;
    }

    /** Adds an empty line and makes it current. */
    InterviewerRow add() {
        InterviewerRow row = new InterviewerRow();
        if (markFirst && rows.stream().noneMatch(r -> r.contactForUpdatesProperty().get())) {
            row.contactForUpdatesProperty().set(true);
        }
        rows.add(row);
        current.set(row);
        return row;
    }

    /** Adds a filled line for each name of a stored round, with what the contact of that name holds. */
    void addKnown(List<String> names, List<Contact> contacts) {
        for (String name : names) {
            InterviewerRow row = new InterviewerRow();
            row.nameProperty().set(name);
            int known = InterviewLog.indexOfName(contacts, name);
            if (known >= 0) {
                row.emailProperty().set(contacts.get(known).email());
                row.titleProperty().set(contacts.get(known).title());
                row.contactForUpdatesProperty().set(contacts.get(known).primary());
            }
            rows.add(row);
        }
    }

    /** Removes the current line, or the last one when none is current. */
    void removeCurrent() {
        InterviewerRow row = current.get();
        if (row == null || !rows.contains(row)) {
            row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        }
        if (row != null) {
            rows.remove(row);
            current.set(rows.isEmpty() ? null : rows.get(rows.size() - 1));
        }
    }

    /** Clears every line's problem. */
    void clearErrors() {
        rows.forEach(r -> r.error.set(""));
    }

    /** The lines with a name, stripped, as people met; {@code indexes} receives each one's line number. */
    List<Contact> people(List<Integer> indexes) {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            InterviewerRow r = rows.get(i);
            if (!r.nameProperty().get().isBlank()) {
                people.add(new Contact(r.nameProperty().get().strip(), r.emailProperty().get().strip(), "",
                        r.titleProperty().get().strip(), r.contactForUpdatesProperty().get()));
                indexes.add(i);
            }
        }
        return people;
    }
}
