package app.nudge.app;

import app.nudge.ui.board.BoardViewModel;
import javafx.scene.Parent;

/**
 * Whether the closing window is as the next start will show it, so that its picture is the live
 * window that follows it then; and the keyboard put where a start puts it. What lasts for a run
 * only (a search, "Due now" only, the Timeline tab, a column scrolled down, a draft's edits or the
 * version or note chosen) is not shown by a start: such a window keeps no picture. (Putting them
 * back before the picture was tried: the columns' scroll bars and the message's wrapping then kept
 * traces of what was shown before, a few thousand pixels off.)
 */
final class ClosingWindow {

    private ClosingWindow() {
    }

    /**
     * On the JavaFX thread, as the window hides or the app stops: true when the window is as a start
     * shows it; the keyboard is then given to the selected card's column, where a start gives it
     * (it may have been in the search box or on a button: the picture showed the ring there).
     */
    static boolean asAStartShowsIt(Wiring wiring) {
        BoardViewModel board = wiring.board();
        String search = board.searchProperty().get();
        if ((search != null && !search.isBlank()) || board.dueOnlyProperty().get() || !wiring.window().showsFirstSideTab()
                || !wiring.boardController().scrolledToTheStart() || !wiring.composer().asAStartShowsIt()) {
            return false;
        }
        wiring.boardController().focusSelectedColumn();
        Parent root = wiring.window().root();
        root.applyCss();
        root.layout();
        return true;
    }
}
