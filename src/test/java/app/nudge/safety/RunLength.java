package app.nudge.safety;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How long a child's whole run takes now (JVM start to exit): the mean of the latest runs that ended
 * by themselves. Five builds sharing two cores made one import take 12 s and, minutes later, 46 s;
 * kill moments taken from a single early measurement then all fell after the end.
 */
final class RunLength {

    private static final int KEPT = 3;

    private final Deque<Long> recent = new ArrayDeque<>();

    void observed(long millis) {
        recent.addLast(millis);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    long millis() {
        return Math.round(recent.stream().mapToLong(Long::longValue).average().orElseThrow());
    }

    /** The moment of a kill at {@code fraction} of the run. */
    long moment(double fraction) {
        return Math.round(fraction * millis());
    }
}
