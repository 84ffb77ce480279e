package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ThemeChoice;
import app.nudge.ui.common.Contrast;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Every view and dialog of {@link ViewCatalog}, in the light and the dark theme, at the smallest
 * supported window (1024x640): the window wears the chosen theme, and every visible text meets
 * WCAG AA against what is painted behind it.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {

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
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyTextOfEveryViewMeetsAaInBothThemes() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            WaitForAsyncUtils.asyncFx(() -> app.wiring.theme().apply(theme)).get();
            for (ViewCatalog.View view : ViewCatalog.VIEWS) {
                app.reset(1024, 640);
                Window window = app.open(view, 1024, 640);
                boolean dark = WaitForAsyncUtils.asyncFx(() -> Theme.isDark(window.getScene())).get();
                if (dark != (theme == ThemeChoice.DARK)) {
                    problems.add(view + " (" + theme + "): the window does not wear the chosen theme");
                }
                WaitForAsyncUtils.asyncFx(() -> Contrast.failures(window.getScene())).get()
                        .forEach(failure -> problems.add(view + " (" + theme + "): " + failure));
                app.closeOthers();
            }
        }
        assertEquals("", String.join("\n", problems));
    }
}
