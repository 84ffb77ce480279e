package app.nudge.insights;

/**
 * Applications counted in a period and where they got to (docs/insights.md).
 *
 * @param applications        applications whose first round's date (or {@code appliedOn} when they
 *                            have no round) lies in the period; one with neither date counts only
 *                            in a period open at both ends
 * @param interviewed         of those, the ones with a round whose {@code endedAt} is not in the future
 * @param offers              of those, the ones with an OFFER_RECEIVED
 * @param rejections          of those, the ones with a REJECTION_RECEIVED
 * @param open                of those, the ones where no closing event counts (R1)
 * @param closedWithoutAnswer of those, closed (CLOSED counts) with neither an offer nor a rejection
 * @param withdrawn           of those, the ones where a WITHDRAWN counts
 */
public record Funnel(int applications, int interviewed, int offers, int rejections, int open,
                     int closedWithoutAnswer, int withdrawn) {
}
