package app.nudge.insights;

import java.util.Arrays;

/** Sums up whole-day durations as a {@link DaySpread} (quartiles as its javadoc defines them). */
final class DaySpreads {

    private DaySpreads() {
    }

    /** The spread of the first {@code count} values of {@code days} (left unchanged). */
    static DaySpread of(int[] days, int count) {
        if (count == 0) {
            return DaySpread.EMPTY;
        }
        int[] sorted = Arrays.copyOf(days, count);
        Arrays.sort(sorted);
        if (count == 1) {
            // No lower or upper half to speak of: every quartile is the one value.
            double only = sorted[0];
            return new DaySpread(1, sorted[0], only, only, only, sorted[0]);
        }
        int half = count / 2; // an odd count leaves the middle value out of both halves
        return new DaySpread(count, sorted[0], median(sorted, 0, half), median(sorted, 0, count),
                median(sorted, count - half, count), sorted[count - 1]);
    }

    /** The median of sorted[from..to). */
    private static double median(int[] sorted, int from, int to) {
        int length = to - from;
        int middle = from + length / 2;
        return length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /** A growing list of day counts, without boxing. */
    static final class Days {
        private int[] values = new int[16];
        private int count;

        void add(int days) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = days;
        }

        DaySpread spread() {
            return of(values, count);
        }
    }
}
