package app.nudge.app;

import app.nudge.schedule.Ticker;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.composer.ClipboardPort;
import app.nudge.ui.composer.FakeMail;
import app.nudge.ui.composer.MailLauncher;
import app.nudge.ui.detail.Prompts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app as wired for users, for journey tests: a real H2 file in the test's folder, the
 * real wiring shown on the test's stage and started; only the threads are synchronous, the clock
 * fixed (Mon 23 Nov 2026, 16:00, New York) and the ticker, clipboard, mail app, dialogs' questions
 * and desktop notices fakes. Each test states what differs through the {@link Builder}.
 */
final class JourneyApp {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
    /** The settings of a user who finished the welcome: US, named Jane Doe. */
    static final Map<String, String> JANE_IN_US = Map.of(SettingsRepository.COUNTRY, "US",
            SettingsRepository.YOUR_NAME, "Jane Doe");

    /** Runs at once on the JavaFX thread, else hands over to it. */
    static final Executor UI = r -> {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    };

    /** A small grey picture of a window, for journeys that start with one. */
    static final WindowPicture PICTURE = new WindowPicture(new WindowPicture.Facts("test", TODAY, 0, 0, "", "", 1024, 640, false, 1),
            "Nudge", "", 64, 40, java.util.stream.IntStream.range(0, 64 * 40).map(i -> 0xffd0d4da).toArray());

    /** Periodic jobs never run. */
    static final Ticker NO_TICKS = new Ticker() {
        @Override
        public AutoCloseable every(Duration period, Runnable job) {
            return () -> { };
        }

        @Override
        public long nanoTime() {
            return 0;
        }
    };

    /** A ticker whose periodic jobs run only when a test says so ({@link #tick}). */
    static final class ManualTicker implements Ticker {
        private final List<Runnable> periodicJobs = new ArrayList<>();

        @Override
        public AutoCloseable every(Duration period, Runnable job) {
            periodicJobs.add(job);
            return () -> periodicJobs.remove(job);
        }

        @Override
        public long nanoTime() {
            return 0;
        }

        void tick() {
            List.copyOf(periodicJobs).forEach(Runnable::run);
        }
    }

    final Stage stage;
    /** The database opened for the journey (null when the session opens it itself, {@link Builder#sessionOpens}). */
    final Database database;
    final DatabasePath file;
    /** The one database thread when the session opens the store itself (null: the journey's own thread). */
    private final java.util.concurrent.ExecutorService databaseThread;
    /** Fixed at 16:00 on the journey's day; moved on only to draw the next days' pictures, as the app at close. */
    final LookAheadClock clock;
    final Wiring wiring;
    /** The app's session over the data, when the journey switches stores ({@link Builder#session}); else null. */
    final DataSession session;
    /** What the session told the window went wrong. */
    final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    private JourneyApp(Builder b) {
        stage = b.stage;
        DatabasePath file = b.path != null ? b.path : new DatabasePath(b.folder.resolve("nudge"));
        this.file = file;
        // Opened here and handed to the session, unless the session opens it itself (as the app at start).
        database = b.sessionOpens ? null : Database.openOrCreate(file);
        if (database != null && !b.settings.isEmpty()) {
            new SettingsRepository(database).putAll(b.settings);
        }
        if (database != null) {
            b.seed.accept(database);
        }
        clock = new LookAheadClock(Clock.fixed(LocalDateTime.of(b.today, LocalTime.of(16, 0)).atZone(ZONE).toInstant(), ZONE));
        // As the app: when the session opens the store itself, its retries hand over to one database thread.
        databaseThread = b.sessionOpens ? java.util.concurrent.Executors.newSingleThreadExecutor() : null;
        // Else the JavaFX thread is the journey's database thread: work asked for from another thread
        // (the server's watch, a timer) is handed over to it, so no two threads share the connection
        // (running it at once on the asking thread let a copy and a re-plan meet in one transaction).
        Executor onDatabase = databaseThread != null ? databaseThread : UI;
        java.util.concurrent.atomic.AtomicReference<Wiring> wired = new java.util.concurrent.atomic.AtomicReference<>();
        session = b.session ? sessionOver(file, wired, onDatabase) : null;
        Supplier<Database> data = session != null ? session::database : () -> database;
        Wiring.Environment env = new Wiring.Environment(data, onDatabase, UI, clock, b.ticker, b.locale,
                b.clipboard, b.mail, b.prompts, (title, message) -> { });
        ReplyInputs replies = b.replies == null ? ReplyInputs.standard(clock, b.locale) : b.replies.apply(clock);
        wiring = b.reports == null ? new Wiring(env, replies) : new Wiring(env, replies, b.reports);
        wired.set(wiring);
        if (session != null && !b.sessionOpens) {
            session.adopt(file, java.util.concurrent.CompletableFuture.completedFuture(database));
        }
        if (session != null) {
            // As the app: tests of a server run on a thread of their own, the choice is kept in the data folder.
            wiring.useData(new SessionDataConnection(session,
                    job -> Thread.ofPlatform().daemon().name("journey-server-test").start(job), b.folder,
                    line -> wiring.window().notice().notify("Nudge", line)));
        }
        wiring.window().restoreGeometry(b.window);
        if (b.pictureFirst) { // as the app when the window's last picture fits: shown first, the live window held until whole
            StartPicture.show(stage, PICTURE, b.window.orElse(new app.nudge.ui.shell.WindowGeometry(0, 0, 1024, 640, false, 0.7)));
            wiring.window().keepPictureUntilWhole(b.pictureSelected);
        }
        wiring.show(stage);
        if (b.sessionOpens) {
            session.open(file); // the listener starts the wiring once something is shown
        } else {
            wiring.start();
        }
    }

    /** On the JavaFX thread, in the test's {@code @Start}. */
    static Builder on(Stage stage, Path folder) {
        return new Builder(stage, folder);
    }

    /** As the app's listener does: a reopened store is planned again; a problem is kept for the test to read. */
    private DataSession sessionOver(DatabasePath file, java.util.concurrent.atomic.AtomicReference<Wiring> wired,
            Executor onDatabase) {
        boolean sessionOpens = databaseThread != null;
        SessionListener window = new WindowSessionListener() { // the app's, but for what follows an open
            @Override
            Wiring wiring() {
                return wired.get();
            }

            @Override
            void shown(DatabasePath path, boolean first) {
                if (!first) {
                    wired.get().reload(); // the first one is started below, as every journey's
                } else if (sessionOpens) {
                    wired.get().start();
                }
            }


            @Override
            public void problem(String message) {
                problems.add(message);
            }

            @Override
            public void notice(String title, String message) {
            }

            @Override
            public void quit() {
                problems.add("quit");
            }
        };
        DataSession.Prompts none = new DataSession.Prompts() {
            @Override
            public DatabaseProblemDialog.Choice askProblem(app.nudge.store.StoreException problem, boolean backupExists) {
                problems.add(problem.getMessage());
                return DatabaseProblemDialog.Choice.QUIT;
            }

            @Override
            public java.util.Optional<Path> chooseFile(Path folder) {
                return java.util.Optional.empty();
            }
        };
        InstanceLock.Result lock = InstanceLock.acquire(file);
        return new DataSession(onDatabase, UI, lock.lock(), InstanceLock::acquire, none, window, () -> { });
    }

    /** Unbinds the main window's title (the stage outlives the test) and closes the database. */
    void close() {
        Platform.runLater(() -> stage.titleProperty().unbind());
        WaitForAsyncUtils.waitForFxEvents();
        if (file.isServer()) {
            try {
                wiring.close(); // stops the server's watch, which would otherwise outlive the test
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (session != null && databaseThread != null) {
            try { // as the app: after the queued work, on the database thread
                databaseThread.submit(session::close).get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                databaseThread.shutdown();
            }
        } else if (session != null) {
            try { // the store shown now, whichever it is, and the file's lock: on the journey's database thread
                WaitForAsyncUtils.asyncFx(session::close).get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (database != null) {
            database.close();
        }
    }

    static final class Builder {
        private final Stage stage;
        private final Path folder;
        private LocalDate today = TODAY;
        private Locale locale = Locale.US;
        private Map<String, String> settings = Map.of();
        private Consumer<Database> seed = database -> { };
        private Ticker ticker = NO_TICKS;
        private ClipboardPort clipboard = (plain, html) -> { };
        private MailLauncher mail = FakeMail.recording(new ArrayList<>());
        private Supplier<Prompts> prompts = () -> null;
        private java.util.Optional<app.nudge.ui.shell.WindowGeometry> window = java.util.Optional.empty();
        private java.util.function.Function<Clock, ReplyInputs> replies;
        private ReportInputs reports;
        private DatabasePath path;
        private boolean session;
        private boolean sessionOpens;
        private boolean pictureFirst;
        private String pictureSelected = "";

        private Builder(Stage stage, Path folder) {
            this.stage = stage;
            this.folder = folder;
        }

        Builder today(LocalDate day) {
            today = day;
            return this;
        }

        Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** Stored before the wiring starts. */
        Builder settings(Map<String, String> values) {
            settings = values;
            return this;
        }

        /** Stores records before the wiring starts. */
        Builder seed(Consumer<Database> value) {
            seed = value;
            return this;
        }

        Builder ticker(Ticker value) {
            ticker = value;
            return this;
        }

        Builder clipboard(ClipboardPort value) {
            clipboard = value;
            return this;
        }

        Builder mail(MailLauncher value) {
            mail = value;
            return this;
        }

        Builder prompts(Supplier<Prompts> value) {
            prompts = value;
            return this;
        }

        /** The size and place remembered from last time, as the app reads it from window.properties. */
        Builder window(app.nudge.ui.shell.WindowGeometry remembered) {
            window = java.util.Optional.of(remembered);
            return this;
        }

        /** Where replies come from (reader, proposer, file chooser, background), made with the journey's clock. */
        Builder replies(java.util.function.Function<Clock, ReplyInputs> value) {
            replies = value;
            return this;
        }

        /** What Insights and the activity report use (background, save dialogs, clipboard, opener). */
        Builder reports(ReportInputs value) {
            reports = value;
            return this;
        }

        /** Another database than the H2 file in the folder (a schema on a server, say). */
        Builder database(DatabasePath value) {
            path = value;
            return this;
        }

        /** The window's data goes through a {@link DataSession}, as the app's: Settings → Data can switch it. */
        Builder session() {
            session = true;
            return this;
        }

        /**
         * The session opens the store itself, as the app at start (a server away, a password asked are
         * answered as there); no settings or seed are stored by the journey then.
         */
        /** The stage shows a picture of the window first ({@link StartPicture}), with that card selected in it ("" for none), as a start after a clean close. */
        Builder pictureFirst(String selectedInIt) {
            pictureFirst = true;
            pictureSelected = selectedInIt;
            return this;
        }

        Builder sessionOpens() {
            session = true;
            sessionOpens = true;
            return this;
        }

        /** Opens the database, stores the settings and seed, then shows and starts the wiring. */
        JourneyApp start() {
            return new JourneyApp(this);
        }
    }
}
