package app.nudge.ui.common;

import app.nudge.domain.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one place windows get their theme. The main window is attached once; from then on every
 * window it owns (dialogs, alerts, the log form, settings...) gets the same theme when it shows,
 * whoever created it, and a change of theme restyles them all. "Follow the system" is asked of
 * the desktop off the JavaFX thread, and again whenever the main window gains focus.
 * Use on the JavaFX thread.
 */
public final class ThemeService {

    private final SystemColorScheme system;
    private final Executor background;
    private final Executor ui;
    private final List<Window> roots = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice", ThemeChoice.LIGHT);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark", false);
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::themeIfOurs);
        }
    };
    private boolean watching;

    /**
     * @param system     asks the desktop whether it is dark (may be slow: runs on {@code background})
     * @param background where the desktop is asked
     * @param ui         the JavaFX thread
     */
    public ThemeService(SystemColorScheme system, Executor background, Executor ui) {
        this.system = system;
        this.background = background;
        this.ui = ui;
        dark.addListener((o, was, now) -> restyleAll());
    }

    /** Themes this window and, from now on, every window it owns. */
    public void attach(Window root) {
        roots.add(root);
        if (!watching) {
            Window.getWindows().addListener(newWindows);
            watching = true;
        }
        root.sceneProperty().addListener((o, was, now) -> themeIfOurs(root)); // the main window's live scene after its picture
        root.focusedProperty().addListener((o, was, focused) -> {
            if (focused && choice.get() == ThemeChoice.SYSTEM) {
                resolveSystem();
            }
        });
        themeIfOurs(root);
    }

    /** Stops theming windows that show from now on (the windows keep the theme they have). */
    public void detach() {
        Window.getWindows().removeListener(newWindows);
        watching = false;
        roots.clear();
    }

    /** Uses this choice; "system" resolves to light or dark as the desktop says (light when it cannot tell). */
    public void apply(ThemeChoice chosen) {
        ThemeChoice next = chosen == null ? ThemeChoice.LIGHT : chosen;
        choice.set(next);
        if (next == ThemeChoice.SYSTEM) {
            resolveSystem();
        } else {
            dark.set(next == ThemeChoice.DARK);
        }
    }

    /** Puts the current theme on a scene that is not in a window of ours (a preview, a test). */
    public void style(Scene scene) {
        Theme.apply(scene, dark.get());
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Whether the windows show the dark theme now (the resolved choice). */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void resolveSystem() {
        CompletableFuture.supplyAsync(system::prefersDark, background).whenCompleteAsync((prefersDark, error) -> {
            if (choice.get() == ThemeChoice.SYSTEM) { // the user may have chosen again meanwhile
                dark.set(error == null && Boolean.TRUE.equals(prefersDark));
            }
        }, ui);
    }

    private void restyleAll() {
        List.copyOf(Window.getWindows()).forEach(this::themeIfOurs);
    }

    /** Popups (menus, tooltips, lists of a combo box) take their owner scene's sheets by themselves. */
    private void themeIfOurs(Window window) {
        if (window instanceof PopupWindow || window.getScene() == null || !ownedByRoot(window)) {
            return;
        }
        Theme.apply(window.getScene(), dark.get());
    }

    /** A window of ours: an attached one, one it owns, or one with no owner at all (an alert made without one). */
    private boolean ownedByRoot(Window window) {
        if (!roots.isEmpty() && window instanceof Stage stage && stage.getOwner() == null) {
            return true;
        }
        for (Window w = window; w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (roots.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
