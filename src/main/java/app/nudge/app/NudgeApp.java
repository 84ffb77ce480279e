package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.notify.DesktopNotifier;
import app.nudge.schedule.ExecutorTicker;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import app.nudge.ui.composer.FxClipboard;
import app.nudge.ui.detail.DialogPrompts;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; the database opens on its own thread and the board
 * fills when the first plan arrives, so opening and migrating never delay the first frame.
 */
public final class NudgeApp extends Application {

    private static final Logger LOG = Logger.getLogger(NudgeApp.class.getName());

    private final ExecutorService databaseThread = NamedThreads.databaseThread();
    private final ScheduledExecutorService schedulerThread = NamedThreads.schedulerThread();
    private volatile Database database;
    private Wiring wiring;
    private DesktopNotifier desktopNotifier;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        desktopNotifier = new DesktopNotifier(schedulerThread);
        wiring = new Wiring(new Wiring.Environment(this::openDatabase, databaseThread, Platform::runLater,
                Clock.systemDefaultZone(), new ExecutorTicker(schedulerThread), Locale.getDefault(), new FxClipboard(),
                uri -> getHostServices().showDocument(uri), () -> new DialogPrompts(stage), desktopNotifier));
        wiring.show(stage);

        CompletableFuture.runAsync(() -> database = Database.openOrCreate(options.database()), databaseThread)
                .whenCompleteAsync((ok, error) -> {
                    if (error == null) {
                        wiring.start();
                    } else {
                        Throwable cause = error.getCause() == null ? error : error.getCause();
                        LOG.log(Level.WARNING, "Opening the database failed", cause);
                        wiring.board().showProblem(cause instanceof StoreException ? cause.getMessage()
                                : "Cannot open the database: " + cause);
                    }
                }, Platform::runLater);
    }

    private Database openDatabase() {
        Database db = database;
        if (db == null) {
            throw new IllegalStateException("The database is not open");
        }
        return db;
    }

    @Override
    public void stop() throws Exception {
        if (wiring != null) {
            wiring.scheduler().close();
        }
        if (desktopNotifier != null) {
            desktopNotifier.close();
        }
        schedulerThread.shutdown();
        // Let queued writes finish, then close; never shutdownNow (it interrupts H2 I/O).
        databaseThread.execute(() -> {
            if (database != null) {
                database.close();
            }
        });
        databaseThread.shutdown();
        if (!databaseThread.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warning("The database thread did not finish within 10 s");
        }
    }
}
