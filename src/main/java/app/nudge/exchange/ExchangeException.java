package app.nudge.exchange;

import app.nudge.common.UserFacing;

/** A file that cannot be imported; the message names the bad field's path. */
public class ExchangeException extends Exception implements UserFacing {

    private static final long serialVersionUID = 1L;

    private final String path;

    public ExchangeException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
    }

    @Override
    public String userMessage() {
        return getMessage();
    }

    public String path() {
        return path;
    }
}
