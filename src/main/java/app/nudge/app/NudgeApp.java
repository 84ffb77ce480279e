package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import app.nudge.ui.board.BoardController;
import app.nudge.ui.board.BoardViewModel;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; the database opens on its own thread and the board
 * fills when the data arrives, so opening and migrating never delays the first frame.
 */
public final class NudgeApp extends Application {

    private static final Logger LOG = Logger.getLogger(NudgeApp.class.getName());

    private final ExecutorService databaseThread = NamedThreads.databaseThread();
    private volatile Database database;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Supplier<ApplicationRepository> repository = () -> new ApplicationRepository(openDatabase());
        ApplicationService applications = new ApplicationService(repository, databaseThread);
        BoardViewModel board = new BoardViewModel(applications, Platform::runLater, java.time.Clock.systemDefaultZone());
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(BoardController.class, () -> new BoardController(board)));

        Scene scene = new Scene(views.load(BoardController.class).root(), 1280, 800);
        Theme.apply(scene);
        stage.setTitle("Nudge");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();

        CompletableFuture.runAsync(() -> database = Database.openOrCreate(options.database()), databaseThread)
                .whenCompleteAsync((ok, error) -> {
                    if (error == null) {
                        board.reload();
                    } else {
                        Throwable cause = error.getCause() == null ? error : error.getCause();
                        LOG.log(Level.WARNING, "Opening the database failed", cause);
                        board.showProblem(cause instanceof StoreException ? cause.getMessage()
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
    public void stop() throws InterruptedException {
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
