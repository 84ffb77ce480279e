package app.nudge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The theme's style sheets come first, other sheets stay, and an unchanged theme touches nothing. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    private static final String OTHER = "data:text/css,.x{}";

    @Start
    void start(Stage stage) {
        // nothing to show: the scenes below are never in a window
    }

    @Test
    void switchingKeepsOtherSheetsAndApplyingTheSameThemeAgainChangesNothing() {
        Scene scene = new Scene(new StackPane());
        scene.getStylesheets().add(OTHER);
        Theme.apply(scene, "dark");
        assertTrue(Theme.isDark(scene));
        assertEquals(3, scene.getStylesheets().size());
        assertEquals(OTHER, scene.getStylesheets().get(2));

        List<String> changes = new ArrayList<>();
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> changes.add(c.toString()));
        Theme.apply(scene, " Dark ");
        assertEquals(List.of(), changes, "the same theme again restyles nothing");

        Theme.apply(scene, "light");
        assertFalse(Theme.isDark(scene));
        assertEquals(2, scene.getStylesheets().size());
        assertEquals(OTHER, scene.getStylesheets().get(1));
        Theme.apply(scene, "light");
        assertEquals(1, changes.size(), "one change for the switch, none for the repeat");
    }
}
