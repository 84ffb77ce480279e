package app.nudge.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does on the window's picture at start reaches the live window once it takes over, in
 * order: a click on a button presses it, a click in a field and typing fill that field; nothing
 * reacts before.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PictureSwapTest {

    private Stage stage;
    private Scene picture;
    private Scene live;
    private TextField search;
    private Button go;
    private final AtomicInteger pressed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        picture = new Scene(new Pane(), 300, 200);
        stage.setScene(picture);
        stage.show();
        search = new TextField();
        go = new Button("Go");
        go.setOnAction(e -> pressed.incrementAndGet());
        VBox box = new VBox(20, search, go);
        live = new Scene(box, 300, 200);
        box.applyCss();
        box.layout(); // drawn as the picture shows it: the points below are where these stand
    }

    @Test
    void clicksAndKeysOnThePictureReachTheLiveWindowInOrderOnceItTakesOver(FxRobot robot) throws Exception {
        SimpleObjectProperty<Node> whole = new SimpleObjectProperty<>();
        WaitForAsyncUtils.asyncFx(() -> {
            PictureSwap swap = new PictureSwap(stage);
            swap.once(whole, () -> stage.setScene(live), live);
            click(center(go));
            click(center(search));
            for (String letter : new String[] {"a", "c", "m", "e"}) {
                Event.fireEvent(picture.getRoot(), new KeyEvent(KeyEvent.KEY_TYPED, letter, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, pressed.get(), "nothing reacts while the picture shows");
        assertEquals("", search.getText());

        robot.interact(() -> whole.set(new Pane())); // the live window is whole: it takes over
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(live, stage.getScene());
        assertEquals(1, pressed.get(), "the button clicked on the picture is pressed");
        assertEquals("acme", search.getText(), "typed into the field clicked on the picture, after the click");
        assertSame(search, live.getFocusOwner());
    }

    @Test
    void aColumnScrolledWithTheWheelOnThePictureIsScrolledInTheLiveWindow(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<String> column = new javafx.scene.control.ListView<>();
        for (int i = 0; i < 200; i++) {
            column.getItems().add("Card " + i);
        }
        Scene withColumn = new Scene(column, 300, 200);
        SimpleObjectProperty<Node> whole = new SimpleObjectProperty<>();
        WaitForAsyncUtils.asyncFx(() -> {
            column.applyCss();
            column.layout();
            PictureSwap swap = new PictureSwap(stage);
            swap.once(whole, () -> stage.setScene(withColumn), withColumn);
            Event.fireEvent(picture.getRoot(), new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    150, 100, 150, 100, false, false, false, false, false, false, 0, -400, 0, -400,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }).get(10, TimeUnit.SECONDS);
        robot.interact(() -> whole.set(new Pane()));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) column.lookup(".virtual-flow");
        org.junit.jupiter.api.Assertions.assertTrue(flow.getPosition() > 0, "the column scrolled down: " + flow.getPosition());
    }

    @Test
    void theNodeAtAPointIsTheTopmostVisibleOne() {
        Node hit = PictureSwap.nodeAt(live.getRoot(), center(go)[0], center(go)[1]);
        while (hit != null && hit != go) {
            hit = hit.getParent(); // the button's text, inside it, is on top
        }
        assertSame(go, hit);
        go.setVisible(false);
        assertSame(live.getRoot(), PictureSwap.nodeAt(live.getRoot(), center(go)[0], center(go)[1]),
                "a hidden button is not clicked: the pane behind it is");
    }

    private static double[] center(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return new double[] {b.getCenterX(), b.getCenterY()};
    }

    private void click(double[] at) {
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(picture.getRoot(), new MouseEvent(type, at[0], at[1], at[0], at[1], MouseButton.PRIMARY, 1,
                    false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null));
        }
    }
}
