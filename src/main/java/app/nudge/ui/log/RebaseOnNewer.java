package app.nudge.ui.log;

import app.nudge.domain.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * After a save refused because {@code newer} was stored on another computer since the form was
 * filled from {@code was}: the form is based on the newer record from then on (a second save
 * applies the change). What the user typed stays; the flags and notes they left as they were show
 * the newer values.
 */
final class RebaseOnNewer {

    private RebaseOnNewer() {
    }

    static void keepTyped(Application was, Application newer, StringProperty notes, BooleanProperty mayCall,
                          BooleanProperty knownDelay) {
        if (notes.get().equals(was.notes())) {
            notes.set(newer.notes());
        }
        if (mayCall.get() == was.mayCall()) {
            mayCall.set(newer.mayCall());
        }
        if (knownDelay.get() == was.knownDelay()) {
            knownDelay.set(newer.knownDelay());
        }
    }
}
