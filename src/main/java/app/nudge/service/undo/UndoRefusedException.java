package app.nudge.service.undo;

import app.nudge.common.UserFacing;

/** An undo or redo that was not carried out; the message says why in one line. Nothing was changed. */
public class UndoRefusedException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public UndoRefusedException(String message) {
        super(message);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
