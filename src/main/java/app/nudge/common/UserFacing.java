package app.nudge.common;

/**
 * A failure whose text was written for the person using Nudge: plain words that name the field,
 * file or option at fault and say what to do. {@link ErrorMessages} shows this text as it is; any
 * other failure is shown as a plain generic sentence, because its message may hold SQL, a class
 * name or an error code.
 */
public interface UserFacing {

    /** One line for the user; never SQL, never an exception class name, never an error code. */
    String userMessage();
}
