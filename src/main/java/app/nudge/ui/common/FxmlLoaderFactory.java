package app.nudge.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import app.nudge.i18n.Texts;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads views whose FXML sits at the same package path as its controller ({@code BoardController}
 * → {@code BoardView.fxml}), creating controllers only from the suppliers it was given. A view that
 * names any other controller fails at once, rather than getting a half-wired default instance.
 * Every view gets the texts of the run's language, so FXML says {@code text="%board.title"} and a
 * controller reads the same words from its {@code @FXML ResourceBundle resources}.
 */
public final class FxmlLoaderFactory {

    private final Map<Class<?>, Supplier<?>> controllers;
    private final Supplier<Texts> texts;

    /** Views in the language of this run ({@link Texts#current()}). */
    public FxmlLoaderFactory(Map<Class<?>, Supplier<?>> controllers) {
        this(controllers, Texts::current);
    }

    public FxmlLoaderFactory(Map<Class<?>, Supplier<?>> controllers, Supplier<Texts> texts) {
        this.controllers = Map.copyOf(controllers);
        this.texts = texts;
    }

    /** Loads {@code <Feature>View.fxml} beside {@code controllerType} ("BoardController" → "BoardView.fxml"). */
    public <C> Loaded<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, texts.get().bundle());
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private Object create(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}
