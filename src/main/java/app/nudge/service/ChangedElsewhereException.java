package app.nudge.service;

import app.nudge.common.UserFacing;
import app.nudge.domain.Application;

/**
 * A form's save refused because the stored application was changed meanwhile elsewhere (on another
 * computer sharing the server schema) in a field the form changed too. Nothing was saved; the newer
 * record comes with it so the form can be based on it while the user's typed values stay.
 */
public final class ChangedElsewhereException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    private final transient Application newer;

    public ChangedElsewhereException(Application newer) {
        super(newer.company() + " was changed on another computer meanwhile; nothing was saved. The newer record is"
                + " shown: apply your change again.");
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
