package app.nudge.insights;

/** Where an application stands on the day the report is made: the "result so far" column. */
public enum Standing {
    /** No round held yet, nothing closing. */
    APPLIED,
    /** A round held, no decision, nothing closing. */
    INTERVIEWING,
    /** An OFFER_RECEIVED (whatever came after it, unless withdrawn). */
    OFFER,
    /** A REJECTION_RECEIVED. */
    REJECTED,
    /** A WITHDRAWN counts. */
    WITHDRAWN,
    /** A CLOSED counts with neither offer nor rejection. */
    CLOSED_WITHOUT_ANSWER
}
