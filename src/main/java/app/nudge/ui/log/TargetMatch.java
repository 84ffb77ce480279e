package app.nudge.ui.log;

import app.nudge.domain.Application;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * For a new interview: finds the stored application whose company and role equal the typed ones
 * (ignoring case), and shows its notes and flags in the form, so saving (which keeps what the form
 * shows) loses none unseen. When the match goes away, what it filled in is taken back unless the
 * user changed it since.
 */
final class TargetMatch {

    private final List<Application> all;
    private final StringProperty company;
    private final StringProperty role;
    private final StringProperty notes;
    private final BooleanProperty mayCall;
    private final BooleanProperty knownDelay;
    private Prefill prefill;

    private record Prefill(Application from, String notesBefore, boolean mayCallBefore, boolean knownDelayBefore) {
    }

    TargetMatch(List<Application> all, StringProperty company, StringProperty role, StringProperty notes,
                BooleanProperty mayCall, BooleanProperty knownDelay) {
        this.all = all;
        this.company = company;
        this.role = role;
        this.notes = notes;
        this.mayCall = mayCall;
        this.knownDelay = knownDelay;
    }

    /** The application matching the typed company and role, or null; {@code shown} is the one matched so far. */
    Application find(Application shown) {
        String c = company.get().strip();
        String r = role.get().strip();
        Application match = c.isEmpty() || r.isEmpty() ? null : all.stream()
                .filter(a -> a.company().strip().equalsIgnoreCase(c) && a.role().strip().equalsIgnoreCase(r))
                .findFirst().orElse(null);
        if (match == shown) {
            return match;
        }
        if (prefill != null) {
            if (notes.get().equals(prefill.from().notes())) {
                notes.set(prefill.notesBefore());
            }
            if (mayCall.get() == (prefill.mayCallBefore() || prefill.from().mayCall())) {
                mayCall.set(prefill.mayCallBefore());
            }
            if (knownDelay.get() == (prefill.knownDelayBefore() || prefill.from().knownDelay())) {
                knownDelay.set(prefill.knownDelayBefore());
            }
            prefill = null;
        }
        if (match != null) {
            prefill = new Prefill(match, notes.get(), mayCall.get(), knownDelay.get());
            if (notes.get().isBlank()) {
                notes.set(match.notes());
            }
            mayCall.set(mayCall.get() || match.mayCall());
            knownDelay.set(knownDelay.get() || match.knownDelay());
        }
        return match;
    }
}
