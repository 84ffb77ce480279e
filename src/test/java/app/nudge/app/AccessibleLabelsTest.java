package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every input of every view and dialog of {@link ViewCatalog} has a name a screen reader reads:
 * its own accessible text, or a label that is {@code labelFor} it. A prompt text is not a name (it
 * is gone once something is typed).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleLabelsTest {

    @TempDir
    Path folder;

    private ViewCatalog.App app;

    @Start
    void start(Stage stage) {
        app = new ViewCatalog.App(stage, folder);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyInputOfEveryViewHasANameAScreenReaderReads() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ViewCatalog.View view : ViewCatalog.VIEWS) {
            app.reset(1024, 640);
            Window window = app.open(view, 1024, 640);
            WaitForAsyncUtils.asyncFx(() -> unnamedInputs(window.getScene().getRoot())).get()
                    .forEach(input -> problems.add(view + ": " + input));
            app.closeOthers();
        }
        assertEquals("", String.join("\n", new ArrayList<>(new java.util.LinkedHashSet<>(problems))));
    }

    /** The visible inputs under {@code root} with neither accessible text nor a label for them. */
    static List<String> unnamedInputs(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        Set<Node> labelled = new HashSet<>();
        all.stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getLabelFor()).forEach(labelled::add);
        List<String> unnamed = new ArrayList<>();
        for (Node node : all) {
            boolean input = node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                    || node instanceof ChoiceBox<?> || node instanceof Spinner<?>;
            if (!input || insideAnotherInput(node) || !showing(node)) {
                continue;
            }
            String text = node.getAccessibleText();
            if ((text == null || text.isBlank()) && !labelled.contains(node)) {
                unnamed.add(describe(node));
            }
        }
        return unnamed;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** The editor of a combo box, date field or spinner is named through its owner. */
    private static boolean insideAnotherInput(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId() + " ";
        String prompt = node instanceof TextInputControl t && t.getPromptText() != null ? " '" + t.getPromptText() + "'"
                : "";
        return id + node.getClass().getSimpleName() + prompt + " has no label a screen reader reads";
    }
}
