package app.nudge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Scrolls every column of the board from top to bottom, {@link #STEP} pixels a frame, and times
 * each frame with a scene pulse listener (the time between consecutive pulses). Prints the 95th
 * percentile, the worst frame and how many cards went by.
 */
final class BoardScroller {

    /** About four cards a frame: a fast fling, the hard case for a list that reuses its cells. */
    static final double STEP = 400;

    private BoardScroller() {
    }

    static void scrollEveryColumn(Scene scene, Runnable done) {
        List<VirtualFlow<?>> flows = new ArrayList<>();
        int cards = 0;
        for (Node node : scene.getRoot().lookupAll(".board-column-list")) {
            ListView<?> list = (ListView<?>) node;
            cards += list.getItems().size();
            flows.add((VirtualFlow<?>) list.lookup(".virtual-flow"));
        }
        List<Double> frames = new ArrayList<>();
        long[] last = {0};
        Runnable pulse = () -> {
            long now = System.nanoTime();
            if (last[0] != 0) {
                frames.add((now - last[0]) / 1e6);
            }
            last[0] = now;
        };
        int total = cards;
        scene.addPreLayoutPulseListener(pulse);
        new AnimationTimer() {
            private int column;

            @Override
            public void handle(long now) {
                while (column < flows.size() && flows.get(column).scrollPixels(STEP) == 0) {
                    column++; // this column is at its end
                }
                if (column == flows.size()) {
                    stop();
                    scene.removePreLayoutPulseListener(pulse);
                    double max = frames.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    System.out.printf(Locale.ROOT, "SCROLL_P95_MS %.2f%nSCROLL_MAX_MS %.2f%nSCROLL_FRAMES %d%nSCROLL_CARDS %d%n",
                            FrameProbe.p95(frames), max, frames.size(), total);
                    System.out.flush();
                    done.run();
                }
            }
        }.start();
    }
}
