package app.nudge.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * The stage shows a picture of the main window (the last one, at start) while the live window is
 * built and its data opens: the live scene takes the picture's place once it is whole. Until then
 * a click on the picture does nothing (it would land on what is not there yet; the pointer shows
 * the wait cursor over it, see {@code StartPicture.show}); keys typed are
 * kept and given to the live window as it takes over, so a Ctrl+Q or a search typed early is not lost.
 */
final class PictureSwap {

    private final Scene picture;
    private final List<KeyEvent> typed = new ArrayList<>();

    /** On the JavaFX thread, while {@code stage} shows the picture. */
    PictureSwap(Stage stage) {
        picture = stage.getScene();
        picture.addEventFilter(KeyEvent.ANY, e -> {
            typed.add(e);
            e.consume();
        });
        picture.addEventFilter(MouseEvent.ANY, Event::consume);
    }

    double width() {
        return picture.getWidth();
    }

    double height() {
        return picture.getHeight();
    }

    /** Runs {@code putOn} (which puts {@code live} on the stage) once {@code whole} has a value; then the keys typed meanwhile. */
    void once(ObservableObjectValue<Node> whole, Runnable putOn, Scene live) {
        whole.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> o, Node was, Node now) {
                if (now != null) {
                    o.removeListener(this);
                    putOn.run();
                    typed.forEach(key -> {
                        EventTarget target = live.getFocusOwner() != null ? live.getFocusOwner() : live.getRoot();
                        Event.fireEvent(target, key.copyFor(target, target)); // the live scene's shortcuts see it too
                    });
                    typed.clear();
                }
            }
        });
    }
}
