package app.nudge.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * The stage shows a picture of the main window (the last one, at start) while the live window is
 * built and its data opens: the live scene takes the picture's place once it is whole. The picture
 * looks ready, so what the user does on it is kept, in order, and given to the live window as it
 * takes over: keys (a Ctrl+Q, a search typed early) to what has the keyboard then, clicks (pressed,
 * released, clicked; no drags) and the wheel's scrolls to what is at that point of the live window,
 * which is drawn as the picture was. Nothing reacts before: the pointer shows the wait cursor meanwhile.
 */
final class PictureSwap {

    private static final Set<EventType<MouseEvent>> CLICKS = Set.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
            MouseEvent.MOUSE_CLICKED);

    private final Scene picture;
    private final List<InputEvent> kept = new ArrayList<>();

    /** On the JavaFX thread, while {@code stage} shows the picture. */
    PictureSwap(Stage stage) {
        picture = stage.getScene();
        picture.addEventFilter(KeyEvent.ANY, e -> {
            kept.add(e);
            e.consume();
        });
        picture.addEventFilter(MouseEvent.ANY, e -> {
            if (CLICKS.contains(e.getEventType())) {
                kept.add(e);
            }
            e.consume();
        });
        picture.addEventFilter(ScrollEvent.SCROLL, e -> { // a column scrolled with the wheel
            kept.add(e);
            e.consume();
        });
    }

    double width() {
        return picture.getWidth();
    }

    double height() {
        return picture.getHeight();
    }

    /** Runs {@code putOn} (which puts {@code live} on the stage) once {@code whole} has a value; then what was done meanwhile. */
    void once(ObservableObjectValue<Node> whole, Runnable putOn, Scene live) {
        whole.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> o, Node was, Node now) {
                if (now != null) {
                    o.removeListener(this);
                    putOn.run();
                    replay(live);
                }
            }
        });
    }

    /** Gives {@code live}, on the stage and laid out, what was done on the picture, in the order it was done. */
    void replay(Scene live) {
        for (InputEvent event : kept) {
            if (event instanceof MouseEvent click) {
                Node at = nodeAt(live.getRoot(), click.getSceneX(), click.getSceneY());
                if (at != null) {
                    Event.fireEvent(at, aimedAt(click, at));
                }
            } else if (event instanceof ScrollEvent wheel) {
                Node at = nodeAt(live.getRoot(), wheel.getSceneX(), wheel.getSceneY());
                if (at != null) {
                    Event.fireEvent(at, wheel.copyFor(at, at));
                }
            } else {
                EventTarget target = live.getFocusOwner() != null ? live.getFocusOwner() : live.getRoot();
                Event.fireEvent(target, event.copyFor(target, target)); // the live scene's shortcuts see it too
            }
        }
        kept.clear();
    }

    /** The click as if made on {@code at} in the live window: its coordinates and what it picked are there. */
    private static MouseEvent aimedAt(MouseEvent click, Node at) {
        Point2D local = at.sceneToLocal(click.getSceneX(), click.getSceneY());
        return new MouseEvent(at, at, click.getEventType(), local.getX(), local.getY(), click.getScreenX(), click.getScreenY(),
                click.getButton(), click.getClickCount(), click.isShiftDown(), click.isControlDown(), click.isAltDown(),
                click.isMetaDown(), click.isPrimaryButtonDown(), click.isMiddleButtonDown(), click.isSecondaryButtonDown(),
                click.isSynthesized(), click.isPopupTrigger(), click.isStillSincePress(),
                new PickResult(at, click.getSceneX(), click.getSceneY()));
    }

    /**
     * The topmost node under a point of the scene, as JavaFX would pick it for a click: visible, not
     * mouse-transparent, containing the point (by its bounds or its shape, as the node says).
     */
    static Node nodeAt(Node node, double sceneX, double sceneY) {
        if (!node.isVisible() || node.isMouseTransparent() || node.isDisabled()) {
            return null;
        }
        Point2D local = node.sceneToLocal(sceneX, sceneY);
        if (local == null || !node.getBoundsInLocal().contains(local) || (node.getClip() != null && !node.getClip().contains(local))) {
            return null; // not there, or cut away (a card scrolled half out of its column)
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) { // the last drawn is on top
                Node hit = nodeAt(children.get(i), sceneX, sceneY);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return node.contains(local) ? node : null;
    }
}
