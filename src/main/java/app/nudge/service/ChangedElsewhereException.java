package app.nudge.service;

import app.nudge.i18n.Texts;
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
        super(Texts.t("service.changedElsewhere", "company", newer.company()) + " "
                + (conflicts.isEmpty() ? Texts.t("service.changedElsewhere.shown")
                : Texts.t("service.changedElsewhere.conflicts", "conflicts", String.join(", ", conflicts))));
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
