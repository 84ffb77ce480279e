package app.nudge.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs inside a benchmarked JavaFX process: prints {@code FIRST_FRAME} on standard output at the
 * pulse whose frame first shows what {@code ready} looks for (the parent process times the line's
 * arrival from the moment it started the process), then, after the app has settled, the live heap
 * after a full GC and the resident set, then runs {@code afterwards} (or exits).
 */
final class FrameProbe {

    /** How long the app gets after its first frame to finish its start-up work (backup, calendar file). */
    private static final Duration SETTLE = Duration.seconds(3);

    private FrameProbe() {
    }

    /**
     * Watches for the first window from a daemon thread, so the app's own start-up is untouched. The
     * probe listens to pulses before the data can arrive: the app opens its database after its first
     * frame, so no data frame is missed.
     */
    static void watchFromOutside(Predicate<Scene> ready, Runnable afterwards) {
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Platform.runLater(() -> {
                        Window.getWindows().forEach(w -> watch(w, ready, afterwards));
                        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                            while (c.next()) {
                                c.getAddedSubList().forEach(w -> watch(w, ready, afterwards));
                            }
                        });
                    });
                    return;
                } catch (IllegalStateException toolkitNotUpYet) {
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }
        }, "frame-probe");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void watch(Window window, Predicate<Scene> ready, Runnable afterwards) {
        if (window.getScene() != null) {
            watchScene(window.getScene(), ready, afterwards);
        }
        // A window may change its scene: Nudge's first one is the picture of the last window, then the live one.
        window.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                watchScene(scene, ready, afterwards);
            }
        });
    }

    private static boolean fired;
    private static boolean anyFrame;

    /** On the FX thread: fires once, at the first post-layout pulse where {@code ready} holds. */
    static void watchScene(Scene scene, Predicate<Scene> ready, Runnable afterwards) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!anyFrame) {
                anyFrame = true;
                System.out.println("ANY_FRAME"); // the window's first frame, with or without data
            }
            if (!fired && ready.test(scene)) {
                fired = true;
                System.out.println("FIRST_FRAME");
                System.out.flush();
                scene.removePostLayoutPulseListener(listener[0]);
                afterSettling(() -> reportMemory("", afterwards));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Runs {@code next} on the FX thread once the app has had {@link #SETTLE} to finish what it started. */
    static void afterSettling(Runnable next) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> next.run());
        settle.play();
    }

    /** Full GCs off the FX thread (they stop every thread anyway), then the figures, then {@code next}. */
    static void reportMemory(String label, Runnable next) {
        Thread gc = new Thread(() -> {
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "HEAP_MB%s %.1f%n", label, heap / 1048576.0);
            System.out.printf(Locale.ROOT, "RSS_MB%s %.1f%n", label, residentMegabytes());
            System.out.flush();
            Platform.runLater(next);
        }, "probe-gc");
        gc.setDaemon(true);
        gc.start();
    }

    /** VmRSS of this process (Linux); -1 elsewhere. */
    static double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The 95th percentile of {@code values} (nearest rank). */
    static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.max(0, (int) Math.ceil(0.95 * sorted.size()) - 1));
    }
}
