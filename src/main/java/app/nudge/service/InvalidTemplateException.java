package app.nudge.service;

import app.nudge.common.UserFacing;

/** A template text {@code TemplateCheck} refuses; nothing was stored. The message says what to fix. */
public class InvalidTemplateException extends IllegalArgumentException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public InvalidTemplateException(String message) {
        super(message);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
