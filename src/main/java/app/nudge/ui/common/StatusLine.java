package app.nudge.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A pane's one line about what just happened, knowing whether it says that something failed: a
 * failure ("The server … cannot be reached") must not outlive its cause, so it goes once the next
 * change is saved or the server is back ({@link #clearProblem}), while a line about something done
 * ("Follow-up recorded.") stays. On the JavaFX thread.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem", false);

    /** Something done, or said in passing. */
    public void say(String line) {
        show(line, false);
    }

    public void show(String line, boolean isProblem) {
        text.set(line);
        problem.set(isProblem);
    }

    public void clear() {
        show("", false);
    }

    /** The line goes if it says something failed; anything else stays. */
    public void clearProblem() {
        if (problem.get()) {
            clear();
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
