package app.nudge.bench;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Starts Nudge exactly as its own main class does ({@code app.nudge.app.Main}), with a frame probe
 * watching from a daemon thread: FIRST_FRAME when a card shows on the board, then memory, then
 * (with {@code --scroll}) the scroll through every column, then quits.
 *
 * <p>Arguments: {@code --db PATH [--scroll]}.
 */
public final class NudgeProbe {

    private NudgeProbe() {
    }

    public static void main(String[] args) {
        boolean scroll = Arrays.asList(args).contains("--scroll");
        String[] appArgs = Arrays.stream(args).filter(a -> !a.equals("--scroll")).toArray(String[]::new);
        FrameProbe.watchFromOutside(NudgeProbe::showsACard, () -> {
            if (scroll) {
                BoardScroller.scrollEveryColumn(findScene(),
                        () -> FrameProbe.afterSettling(() -> FrameProbe.reportMemory("_AFTER_SCROLL", Platform::exit)));
            } else {
                Platform.exit();
            }
        });
        app.nudge.app.Main.main(appArgs);
    }

    /** A card with its company name laid out in one of the board's columns, as the app's own probe sees it. */
    static boolean showsACard(Scene scene) {
        return app.nudge.app.StartupProbe.showsACard(scene);
    }

    private static Scene findScene() {
        List<Scene> scenes = javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                .filter(s -> s != null && !s.getRoot().lookupAll(".board-column-list").isEmpty()).toList();
        return scenes.get(0);
    }
}
