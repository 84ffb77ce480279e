package app.nudge.insights;

/** How an act was done, as an agency's form asks it. */
public enum How {
    /** The application itself. */
    APPLICATION,
    EMAIL,
    PHONE,
    /** An interview (Nudge does not record whether in person or online). */
    INTERVIEW,
    /** Nothing recorded says how (a reply, an outcome). */
    NOT_RECORDED
}
