package app.nudge.service;

import app.nudge.common.UserFacing;
import java.util.NoSuchElementException;

/**
 * A change refused because what it was based on is no longer stored as the user saw it (the round
 * was edited or removed meanwhile, the application deleted). Nothing was stored; the message says so.
 */
public final class ChangedMeanwhileException extends NoSuchElementException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String message) {
        super(message);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
