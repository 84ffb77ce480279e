package app.nudge.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When to kill a child, in milliseconds after its start, from a fixed seed so that a failure can be
 * run again at the same moments. Most moments fall in a "hot" window where the writes happen (the
 * end of an import, Flyway's run during a first creation); the rest are spread over the whole run,
 * JVM start included, so no phase is left untried.
 */
final class KillMoments {

    private KillMoments() {
    }

    /**
     * {@code count} moments in {@code [0, total)}: a {@code hotShare} of them uniform in
     * {@code [hotFrom, total)}, the others uniform over the whole run; sorted.
     */
    static List<Long> weighted(long seed, int count, long totalMillis, long hotFromMillis, double hotShare) {
        Random random = new Random(seed);
        long hotFrom = Math.max(0, Math.min(hotFromMillis, totalMillis - 1));
        List<Long> moments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean hot = random.nextDouble() < hotShare;
            long from = hot ? hotFrom : 0;
            moments.add(from + (long) (random.nextDouble() * (totalMillis - from)));
        }
        moments.sort(null);
        return moments;
    }

    /**
     * Moments after the measured end ({@code total * 1.1, 1.3, 1.5, ...}): the child has usually
     * finished or is finishing (on a busy machine one run may take longer than the measured ones,
     * and is then killed in its very last moments).
     */
    static List<Long> pastTheEnd(int count, long totalMillis) {
        List<Long> moments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            moments.add((long) (totalMillis * (1.1 + 0.2 * i)));
        }
        return moments;
    }
}
