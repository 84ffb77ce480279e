package app.nudge.insights;

/**
 * A set of whole-day durations summed up: how many, the smallest, the quartiles, the median and
 * the largest. Quartiles and median are the median of the lower / whole / upper half (the lower and
 * upper halves leave out the middle value when the count is odd), so 1,2,3,4 gives 1.5, 2.5, 3.5.
 * Every number but {@code count} is null when the count is 0.
 */
public record DaySpread(int count, Integer min, Double lowerQuartile, Double median, Double upperQuartile,
                        Integer max) {

    public static final DaySpread EMPTY = new DaySpread(0, null, null, null, null, null);
}
