package app.nudge.service.undo;

import app.nudge.domain.Application;
import java.util.Objects;
import java.util.Optional;

/**
 * One application before and after a change, as the store returned it; either side is null when
 * the application did not exist (a new one, a deleted one).
 */
public record Snapshot(String id, Application before, Application after) {

    public Snapshot {
        Objects.requireNonNull(id);
    }

    public Optional<Application> beforeState() {
        return Optional.ofNullable(before);
    }

    public Optional<Application> afterState() {
        return Optional.ofNullable(after);
    }

    /** The company's name, from whichever side exists. */
    public String company() {
        return after != null ? after.company() : before != null ? before.company() : id;
    }

    /** Nothing changed: undoing it would do nothing either. */
    public boolean isEmpty() {
        return Objects.equals(before, after);
    }
}
