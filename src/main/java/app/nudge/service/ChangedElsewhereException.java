package app.nudge.service;

import app.nudge.common.UserFacing;
import app.nudge.domain.Application;
import java.util.List;

/**
 * A form's save refused because the stored application was changed meanwhile elsewhere (on another
 * computer sharing the server schema) in a field the form changed too. Nothing was saved; the newer
 * record comes with it so the form can be based on it while the user's typed values stay.
 */
public final class ChangedElsewhereException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    private final transient Application newer;

    public ChangedElsewhereException(Application newer) {
        this(newer, List.of());
    }

    /**
     * @param conflicts what the other computer changed where the form changed it too, in words
     *                  ("the location is “Remote”"): said, so that saving again is a choice made knowing it
     */
    public ChangedElsewhereException(Application newer, List<String> conflicts) {
        super(newer.company() + " was changed on another computer meanwhile; nothing was saved."
                + (conflicts.isEmpty() ? " The newer record is shown: apply your change again."
                : " There, " + String.join(", ", conflicts) + ". Your values are still in the form: save again to put"
                + " them in place of those."));
        this.newer = newer;
    }

    /** The application as stored now. */
    public Application newer() {
        return newer;
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
