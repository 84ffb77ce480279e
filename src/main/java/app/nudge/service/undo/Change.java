package app.nudge.service.undo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One change the user made, as it can be taken back or made again: what it is called ("delete
 * 'Follow-up sent'") and every application it touched, before and after. An import of several
 * applications is one change.
 */
public record Change(String label, List<Snapshot> snapshots) {

    public Change {
        snapshots = List.copyOf(snapshots);
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("A change touches at least one application");
        }
    }

    /** Whose data it is: "Acme Corp", "Acme Corp, Globex", "12 applications". */
    public String subject() {
        if (snapshots.size() > 3) {
            return snapshots.size() + " applications";
        }
        return snapshots.stream().map(Snapshot::company).distinct().collect(Collectors.joining(", "));
    }
}
