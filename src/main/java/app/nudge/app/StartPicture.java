package app.nudge.app;

import app.nudge.store.DatabasePath;
import app.nudge.ui.shell.WindowGeometry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The {@link WindowPicture} at start and at close: looked for as the launch begins (before the
 * database opens, so the file's size and time are those the last close left), shown as the
 * window's first frame when its facts hold, and taken again of the live window as it closes.
 */
final class StartPicture {

    private static final Logger LOG = Logger.getLogger(StartPicture.class.getName());

    private StartPicture() {
    }

    /**
     * Begins reading the picture beside {@code database} on a daemon thread of its own, if the
     * build, the day and the database file are as it was taken with. Call before the database opens.
     */
    static CompletableFuture<Optional<WindowPicture>> lookSoon(DatabasePath database, LocalDate today) {
        if (database.isServer()) {
            return CompletableFuture.completedFuture(Optional.empty()); // other desktops change it meanwhile
        }
        Optional<long[]> data = WindowPicture.fingerprint(database.file());
        String build = build();
        CompletableFuture<Optional<WindowPicture>> read = new CompletableFuture<>();
        if (data.isEmpty()) {
            read.complete(Optional.empty());
            return read;
        }
        long[] sizeAndTime = data.get();
        Thread.ofPlatform().daemon().name("nudge-window-picture").start(() -> read.complete(
                WindowPicture.read(WindowPicture.fileFor(database.folder(), today), facts -> facts.build().equals(build)
                        && facts.day().equals(today) && facts.dataSize() == sizeAndTime[0]
                        && facts.dataModified() == sizeAndTime[1])));
        return read;
    }

    /**
     * The picture, when it shows the window as this start builds it: in {@code language} and
     * {@code theme} (see {@link #theme}; null: not known before the window shows), at this window
     * size and screen scale; else empty.
     */
    static Optional<WindowPicture> fitting(CompletableFuture<Optional<WindowPicture>> soon, String language, String theme,
            Optional<WindowGeometry> window) {
        if (soon == null || window.isEmpty() || theme == null) {
            return Optional.empty();
        }
        Optional<WindowPicture> read = soon.join(); // started at launch: read by now, or nearly
        WindowGeometry g = window.get();
        return read.filter(p -> p.facts().theme().equals(theme) && p.facts().language().equals(language)
                && p.facts().stageWidth() == Math.round(g.width()) && p.facts().stageHeight() == Math.round(g.height())
                && p.facts().maximized() == g.maximized() && p.facts().scale() == scaleAt(g));
    }

    /** Shows {@code picture} as the window's first frame, where the window was; returns its scene. On the JavaFX thread. */
    static Scene show(Stage stage, WindowPicture picture, WindowGeometry where) {
        WritableImage image = new WritableImage(picture.width(), picture.height());
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.argb(), 0, picture.width());
        double scale = picture.facts().scale();
        ImageView view = new ImageView(image);
        view.setFitWidth(picture.width() / scale);
        view.setFitHeight(picture.height() / scale);
        // The corner's colour around the picture, should the window come out a little larger.
        Color around = image.getPixelReader().getColor(picture.width() - 1, picture.height() - 1);
        Scene scene = new Scene(new Pane(view), picture.width() / scale, picture.height() / scale, around);
        // It looks ready but takes no click until the live window is in place: the pointer says to wait.
        scene.setCursor(javafx.scene.Cursor.WAIT);
        stage.setScene(scene);
        stage.setTitle(picture.title());
        where.placeOn(stage);
        stage.show();
        return scene;
    }

    /**
     * The live window now, at the screen's scale, with the facts known on the JavaFX thread (it shows
     * {@code day}'s plan, in {@code language} and {@code theme}); empty when it cannot be taken.
     */
    static Optional<Taken> take(Stage stage, Scene live, WindowGeometry geometry, String selected, String language, String theme,
            LocalDate day) {
        try {
            double scale = stage.getOutputScaleX();
            SnapshotParameters how = new SnapshotParameters();
            how.setTransform(Transform.scale(scale, scale));
            how.setFill(live.getFill());
            WritableImage shot = live.getRoot().snapshot(how, null);
            int width = (int) shot.getWidth();
            int height = (int) shot.getHeight();
            int[] argb = new int[width * height];
            shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return Optional.of(new Taken(stage.getTitle(), selected == null ? "" : selected, width, height, argb, geometry, scale,
                    language, theme, day));
        } catch (RuntimeException e) {
            LOG.info(() -> "The window's picture was not taken: " + e);
            return Optional.empty();
        }
    }

    /**
     * A picture taken of the live window showing {@code day}'s plan, to be written once the database
     * has closed (its size and time are final then).
     */
    record Taken(String title, String selected, int width, int height, int[] argb, WindowGeometry geometry, double scale,
                 String language, String theme, LocalDate day) {

        /** On the database thread, after the database closed: writes the picture for the starts of its day. */
        void keep(DatabasePath database) {
            Optional<long[]> data = WindowPicture.fingerprint(database.file());
            if (data.isEmpty()) {
                return;
            }
            WindowPicture.Facts facts = new WindowPicture.Facts(build(), day, data.get()[0], data.get()[1],
                    theme, language, Math.round(geometry.width()),
                    Math.round(geometry.height()), geometry.maximized(), scale);
            try {
                new WindowPicture(facts, title, selected, width, height, argb).write(WindowPicture.fileFor(database.folder(), day));
            } catch (IOException e) {
                LOG.info(() -> "The window's picture was not kept: " + e.getMessage());
            }
        }
    }

    /**
     * On the database thread, after the database closed: writes {@code pictures} (one per day) and
     * removes those of other days, which their facts would refuse anyway.
     */
    static void keepAll(DatabasePath database, java.util.List<Taken> pictures) {
        try {
            WindowPicture.removeAllBut(database.folder(), pictures.stream().map(Taken::day).toList());
        } catch (IOException e) {
            LOG.info(() -> "Older pictures of the window were not removed: " + e.getMessage());
        }
        long began = System.nanoTime();
        pictures.forEach(taken -> taken.keep(database));
        LOG.info(() -> "Pictures of the window written in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    /**
     * The theme as a fact: the chosen light or dark; null for "as the system" (resolved only once the
     * window shows, so a start cannot know which picture would fit) or no choice known.
     */
    static String theme(Optional<app.nudge.domain.ThemeChoice> choice) {
        return choice.filter(c -> c != app.nudge.domain.ThemeChoice.SYSTEM).map(Enum::name).orElse(null);
    }

    /** The screen scale where the window will be. */
    private static double scaleAt(WindowGeometry g) {
        return Screen.getScreensForRectangle(new Rectangle2D(g.x(), g.y(), Math.max(1, g.width()), Math.max(1, g.height())))
                .stream().findFirst().orElse(Screen.getPrimary()).getOutputScaleX();
    }

    /**
     * Names the app's code: its version. Not the jar's own size and time, which differ between two
     * copies of one build (the jar and the installed app's), so a picture would never fit the other.
     */
    private static String build() {
        return app.nudge.common.Version.current();
    }
}
