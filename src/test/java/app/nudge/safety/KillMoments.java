package app.nudge.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * When to kill a child, as fractions of its run (0 = its start, 1 = its measured end), from a fixed
 * seed so that a failure can be run again at the same moments. Most moments fall in a "hot" window
 * where the writes happen (the end of an import, Flyway's run during a first creation); the rest are
 * spread over the whole run, JVM start included, so no phase is left untried. Fractions rather than
 * milliseconds: on a shared machine a run's length changes with the load, and the test turns each
 * fraction into a moment with the latest length it saw ({@link RunLength}).
 */
final class KillMoments {

    private KillMoments() {
    }

    /**
     * {@code count} fractions: a {@code hotShare} of them uniform in {@code [hotFrom, 1)}, the
     * others uniform in {@code [0, 1)}; in a seeded random order, so that a change of load during
     * the test does not fall on the late moments only.
     */
    static List<Double> weighted(long seed, int count, double hotFrom, double hotShare) {
        Random random = new Random(seed);
        double from = Math.max(0, Math.min(hotFrom, 0.99));
        List<Double> moments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double start = random.nextDouble() < hotShare ? from : 0;
            moments.add(start + random.nextDouble() * (1 - start));
        }
        Collections.shuffle(moments, random);
        return moments;
    }

    /**
     * Fractions after the measured end ({@code 1.1, 1.3, 1.5, ...}): the child has usually finished
     * or is finishing (a run slower than the measured ones is then killed in its very last moments).
     */
    static List<Double> pastTheEnd(int count) {
        List<Double> moments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            moments.add(1.1 + 0.2 * i);
        }
        return moments;
    }
}
