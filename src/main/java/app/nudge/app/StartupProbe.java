package app.nudge.app;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Marks the first frame that shows a card, for the two runs that need to know it from outside: the
 * start-up benchmark (which times the line's arrival from the moment it started the process, the
 * same way for the jar and for the installed app's launcher) and the packaging's training run,
 * which records the ahead-of-time cache of a real start. Both then let the app settle, print its
 * resident set after a full collection and quit, as a user's Ctrl+Q would. Asked for with the environment variable
 * {@value #VARIABLE}{@code =1}; a user's start does not set it and gets no listener.
 */
public final class StartupProbe {

    static final String VARIABLE = "NUDGE_STARTUP_PROBE";
    /** The line printed on standard output at the first frame with a card. */
    static final String FIRST_FRAME = "FIRST_FRAME";
    /**
     * The run lasts this long after the first frame, so a training run's cache also holds what comes
     * right after it (the side pane, the composer, the calendar file) and the resident set is read
     * once that work is done.
     */
    private static final Duration TAIL = Duration.seconds(3);

    private boolean fired;

    private StartupProbe() {
    }

    /** The probe, when the environment asks for it. */
    static Optional<StartupProbe> fromEnvironment() {
        return "1".equals(System.getenv(VARIABLE)) ? Optional.of(new StartupProbe()) : Optional.empty();
    }

    /** The line printed at the first frame of the window's last picture ({@link StartPicture}), when one is shown. */
    static final String PICTURE_FRAME = "PICTURE_FRAME";

    /** On the JavaFX thread, before the first pulse of the picture's {@code scene}: marks its first frame. */
    void pictureShown(Scene scene) {
        app.nudge.ui.common.AfterNextFrame.laidOut(scene, () -> {
            System.out.println(PICTURE_FRAME);
            System.out.flush();
        });
    }

    /** On the JavaFX thread, before the first pulse of {@code scene}. */
    void watch(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!fired && showsACard(scene)) {
                fired = true;
                System.out.println(FIRST_FRAME);
                System.out.flush();
                scene.removePostLayoutPulseListener(listener[0]);
                PauseTransition tail = new PauseTransition(TAIL);
                tail.setOnFinished(e -> reportMemoryAndQuit());
                tail.play();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * The resident set as the README's memory figures are taken (after two full collections, so a
     * heap that has not been collected yet does not count), off the JavaFX thread; then quits.
     */
    private static void reportMemoryAndQuit() {
        Thread.ofPlatform().daemon().name("nudge-startup-probe").start(() -> {
            System.gc();
            System.gc();
            residentMegabytes().ifPresent(mb -> System.out.println("RSS_MB " + mb));
            System.out.flush();
            Platform.runLater(Platform::exit);
        });
    }

    /** VmRSS of this process, where the system tells it (Linux). */
    private static Optional<Long> residentMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (java.io.IOException | NumberFormatException notLinux) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A card with its company name laid out in one of the board's columns (the benchmark's probe asks too). */
    public static boolean showsACard(Scene scene) {
        for (Node list : scene.getRoot().lookupAll(".board-column-list")) {
            for (Node company : list.lookupAll(".card-company")) {
                if (company.isVisible() && company.getParent() != null && company.getParent().getParent() != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
