package app.nudge.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.ui.common.Theme;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window around the pane: owned, not modal, in the owner's theme, closed by Esc. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InsightsWindowTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(), 300, 200);
        Theme.apply(scene, true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensOwnedNonModalInTheOwnersThemeWithAReportAndEscClosesIt(FxRobot robot) throws Exception {
        Stage shown = WaitForAsyncUtils.asyncFx(() -> InsightsWindow.show(owner,
                new InsightsViewModel(p -> SampleReports.realistic(p, InsightsViewTest.TODAY), Runnable::run, Runnable::run,
                        InsightsViewTest.CLOCK),
                new ChartExport(image -> { }, (w, n) -> Optional.empty(), Runnable::run, Runnable::run))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.isShowing());
        assertSame(owner, shown.getOwner());
        assertEquals(Modality.NONE, shown.getModality());
        assertTrue(Theme.isDark(shown.getScene()));
        assertEquals("Applications: 12", ((javafx.scene.control.Label) shown.getScene().lookup("#funnelApplications")).getText());
        robot.interact(shown::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
    }
}
