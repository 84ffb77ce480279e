package app.nudge.policy;

/**
 * The six follow-up intervals of docs/follow-up-rules.md, section 3, in business days, and whether a secondary
 * contact is tried after two attempts (R10).
 *
 * @param afterDecisionMin a: first follow-up, earliest, after a decision date (R7)
 * @param afterDecisionMax b: first follow-up, due, after a decision date (R7)
 * @param noDateMin        n: first follow-up, earliest, with no decision date (R8)
 * @param noDateMax        m: first follow-up, due, with no decision date (R8)
 * @param betweenMin       s: between attempts, earliest (R9-R11)
 * @param betweenMax       t: between attempts, due (R9-R11)
 */
public record Intervals(int afterDecisionMin, int afterDecisionMax, int noDateMin, int noDateMax,
                        int betweenMin, int betweenMax, boolean secondaryContact) {

    public Intervals {
        requireRange("after decision date", afterDecisionMin, afterDecisionMax);
        requireRange("no decision date", noDateMin, noDateMax);
        requireRange("between attempts", betweenMin, betweenMax);
    }

    private static void requireRange(String what, int min, int max) {
        if (min < 1 || max < 1) {
            throw new IllegalArgumentException(what + ": intervals are whole numbers of at least 1 business day");
        }
        if (min > max) {
            throw new IllegalArgumentException(what + ": the earliest (" + min + ") is after the latest (" + max + ")");
        }
    }
}
