package app.nudge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One theme for the main window and every window it owns; "follow the system" asks the desktop. */
@ExtendWith(ApplicationExtension.class)
class ThemeServiceTest {

    private final AtomicBoolean desktopDark = new AtomicBoolean(false);
    private final ThemeService themes = new ThemeService(desktopDark::get, Runnable::run, Runnable::run);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        themes.attach(stage);
    }

    @AfterEach
    void tearDown() {
        WaitForAsyncUtils.asyncFx(themes::detach);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAlertShownLaterWearsTheThemeChosenBefore(FxRobot robot) {
        robot.interact(() -> themes.apply(ThemeChoice.DARK));
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "Saved.");
            alert[0].initOwner(stage);
            alert[0].show();
        });
        assertTrue(Theme.isDark(alert[0].getDialogPane().getScene()));
        assertTrue(Theme.isDark(stage.getScene()));
        robot.interact(() -> themes.apply(ThemeChoice.LIGHT));
        assertFalse(Theme.isDark(alert[0].getDialogPane().getScene()), "an open alert follows the change");
        robot.interact(alert[0]::close);
    }

    @Test
    void followingTheSystemTakesTheDesktopsSettingEachTimeItIsChosen(FxRobot robot) {
        desktopDark.set(true);
        robot.interact(() -> themes.apply(ThemeChoice.SYSTEM));
        assertTrue(themes.darkProperty().get());
        assertEquals(ThemeChoice.SYSTEM, themes.choiceProperty().get());

        desktopDark.set(false);
        robot.interact(() -> {
            stage.requestFocus();
            themes.apply(ThemeChoice.SYSTEM);
        });
        assertFalse(Theme.isDark(stage.getScene()));
    }

    @Test
    void theDesktopsSettingIsReadWithEachSystemsOwnCommand() {
        List<List<String>> asked = new ArrayList<>();
        Map<String, String> gnomeDark = Map.of("color-scheme", "'prefer-dark'\n");
        SystemColorScheme gnome = SystemColorScheme.of("Linux", null, command -> {
            asked.add(command);
            return Optional.ofNullable(gnomeDark.get(command.get(command.size() - 1)));
        });
        assertTrue(gnome.prefersDark());
        assertEquals(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), asked.get(0));

        assertTrue(SystemColorScheme.of("Linux", "Adwaita:dark", command -> Optional.empty()).prefersDark());
        assertTrue(SystemColorScheme.of("Linux", null, command -> command.contains("gtk-theme")
                ? Optional.of("'Yaru-dark'") : Optional.of("'default'")).prefersDark());
        assertFalse(SystemColorScheme.of("Linux", null, command -> Optional.empty()).prefersDark(), "cannot tell: light");
        assertTrue(SystemColorScheme.of("Windows 11", null, command -> Optional.of(
                "HKEY_CURRENT_USER\\...\\Personalize\n    AppsUseLightTheme    REG_DWORD    0x0\n")).prefersDark());
        assertFalse(SystemColorScheme.of("Windows 11", null, command -> Optional.of(
                "    AppsUseLightTheme    REG_DWORD    0x1\n")).prefersDark());
        assertTrue(SystemColorScheme.of("Mac OS X", null, command -> Optional.of("Dark\n")).prefersDark());
        assertFalse(SystemColorScheme.of("Mac OS X", null, command -> Optional.empty()).prefersDark());
    }

    @Test
    void theStoredWordsReadAsChoices() {
        assertEquals(ThemeChoice.DARK, Theme.choiceOf(" Dark "));
        assertEquals(ThemeChoice.SYSTEM, Theme.choiceOf("system"));
        assertEquals(ThemeChoice.LIGHT, Theme.choiceOf(null));
        assertEquals(ThemeChoice.LIGHT, Theme.choiceOf("solarized"));
    }
}
