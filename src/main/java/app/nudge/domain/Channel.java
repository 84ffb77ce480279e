package app.nudge.domain;

/** How a message goes out. */
public enum Channel {
    EMAIL,
    PHONE
}
