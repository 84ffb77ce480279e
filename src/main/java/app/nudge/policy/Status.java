package app.nudge.policy;

/** Where today stands against a planned action's window (docs/follow-up-rules.md, section 1). */
public enum Status {
    /** today is before the earliest date */
    UPCOMING,
    /** earliest &lt;= today &lt;= due */
    DUE,
    /** today is after the due date */
    OVERDUE;

    public boolean needsAttention() {
        return this != UPCOMING;
    }
}
