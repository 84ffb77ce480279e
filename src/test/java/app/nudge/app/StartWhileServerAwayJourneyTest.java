package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.exchange.ServerCopy;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.RestartableServer;
import app.nudge.store.ServerAddress;
import app.nudge.ui.log.FormField;
import app.nudge.ui.log.LogInterviewViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app starts while the server holding the search is stopped (a server of the test's own): the
 * window shows this computer's copy of the data, read-only, says so in the band, refuses a save in
 * one line with the form kept, and once the server is back moves to it by itself.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class StartWhileServerAwayJourneyTest {

    @RegisterExtension
    static final RestartableServer server = RestartableServer.forTheClass();

    @TempDir
    Path folder;

    private ServerAddress address;
    private DatabasePath path;
    private LocalDateTime copyTaken;
    private JourneyApp app;

    @Start
    void start(Stage stage) throws Exception {
        address = server.freshSchema("t_startaway");
        path = DatabasePath.onServer(address, folder.resolve("nudge"));
        // A run before this one: the data on the server, and the copy the app keeps after opening.
        try (Database earlier = Database.openOrCreate(path)) {
            new ApplicationRepository(earlier).save(Application.of("acme", "Acme Corp", "Engineer"));
            AfterOpen.keepCopy(earlier);
        }
        Path copy = path.folder().resolve(ServerCopy.FILE);
        copyTaken = LocalDateTime.ofInstant(Files.getLastModifiedTime(copy).toInstant(), ZoneId.systemDefault());
        server.stop();
        app = JourneyApp.on(stage, folder).database(path).sessionOpens().start();
    }

    @AfterEach
    void close() {
        server.start();
        app.close();
    }

    @Test
    void theCopyIsShownReadOnlyUntilTheServerAnswersThenTheServersDataIs(FxRobot robot) throws Exception {
        Label band = robot.lookup("#server-status").queryAs(Label.class);
        // The copy is built into a stand-in on the database thread, the window already shown.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, band::isVisible);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> boardIds().equals(List.of("acme")));
        assertEquals("The server 127.0.0.1 cannot be reached: showing the plan as it was at "
                + DateTimeFormatter.ofPattern("HH:mm").format(copyTaken) + " on "
                + DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(copyTaken)
                + ", read-only. Retrying\u2026", band.getText());
        assertEquals(List.of("acme"), boardIds(), "the board shows the copy's cards");
        assertEquals(List.of(), app.problems, "no dialog, no problem: the copy stands in");
        String name = address.schema() + " on 127.0.0.1";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.wiring.board().titleProperty().get()
                .endsWith(" — " + name + " (this computer's copy)"));
        snapshot("start-away-band.png"); // to look at: the band over the copy's board

        // A save is refused in one line and the form keeps what was typed.
        LogInterviewViewModel form = new LogInterviewViewModel(app.wiring.applications(), app.clock, Runnable::run,
                Optional.empty(), List.of());
        form.companyProperty().set("Delta AG");
        form.roleProperty().set("Tester");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> form.save().get(30, TimeUnit.SECONDS));
        String line = "The server 127.0.0.1:" + address.port() + " cannot be reached; nothing was changed. Try again once it is back.";
        assertEquals(line, ErrorMessages.of(refused));
        assertEquals("Could not save: " + line, form.errorProperty(FormField.FORM).get());
        assertEquals("Delta AG", form.companyProperty().get());
        assertEquals("Tester", form.roleProperty().get());
        assertEquals(List.of("acme"), boardIds());

        server.start();
        long started = System.nanoTime();
        // Another computer adds one meanwhile: what the board shows next is the server's, not the copy's.
        try (Database other = Database.openOrCreate(DatabasePath.onServer(address, folder.resolve("other")))) {
            new ApplicationRepository(other).save(Application.of("gamma", "Gamma SA", "Lead"));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !band.isVisible());
        System.out.printf("connected again %d ms after the server started%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Connected again to 127.0.0.1.", app.wiring.window().notice().text());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> boardIds().equals(List.of("acme", "gamma")));
        assertTrue(app.wiring.board().titleProperty().get().endsWith(" — " + name), "the title names the server itself again");
        snapshot("start-away-connected-again.png");

        // The refused change, offered again, is saved on the server now.
        String delta = form.save().get(30, TimeUnit.SECONDS).id();
        try (Database other = Database.openOrCreate(DatabasePath.onServer(address, folder.resolve("other")))) {
            assertEquals(List.of("acme", delta, "gamma").stream().sorted().toList(),
                    new ApplicationRepository(other).findAll().stream().map(Application::id).sorted().toList());
        }
    }

    /** The window as shown now, into target/gallery (beside the gallery's pictures). */
    private void snapshot(String name) throws Exception {
        Path out = Path.of("target", "gallery");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> app.stage.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(GalleryTest.toAwt(image), "png", out.resolve(name).toFile());
    }

    private List<String> boardIds() {
        return app.wiring.board().applications().stream().map(Application::id).sorted().toList();
    }
}
