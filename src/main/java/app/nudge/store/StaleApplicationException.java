package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.UserFacing;

/**
 * A write refused because the stored application is no longer the version this repository last
 * read or wrote: another computer (another connection to the same server schema) changed, deleted
 * or created it meanwhile. Nothing was written; read it again and re-apply the change.
 */
public final class StaleApplicationException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    private final String applicationId;

    StaleApplicationException(String applicationId) {
        super(Texts.t("store.stale", "id", applicationId));
        this.applicationId = applicationId;
    }

    /** The application that was changed meanwhile. */
    public String applicationId() {
        return applicationId;
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
