package app.nudge.app;

import app.nudge.common.ErrorMessages;
import app.nudge.common.NamedThreads;
import app.nudge.i18n.Texts;
import app.nudge.notify.DesktopNotifier;
import app.nudge.schedule.ExecutorTicker;
import app.nudge.store.Backups;
import app.nudge.store.DataFolder;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import app.nudge.ui.composer.FxClipboard;
import app.nudge.ui.detail.DialogPrompts;
import app.nudge.ui.settings.ServerPasswordDialog;
import app.nudge.ui.shell.WindowGeometry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; the database opens on its own thread and the board
 * fills when the first plan arrives, so opening and migrating never delay the first frame.
 */
public final class NudgeApp extends Application {

    private static final Logger LOG = Logger.getLogger(NudgeApp.class.getName());
    /** A window closed sooner after it showed keeps no picture: what it shows may not be complete yet. */
    private static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

    /** Set by {@link Main} when this launch holds the single-instance lock (null otherwise). */
    static volatile InstanceLock instance;
    /** Set by {@link Main}: the database already opening (null when started another way). */
    static volatile EarlyStart early;
    /** Set by {@link Main}: the picture of the window as it last closed, being read (null when started another way). */
    static volatile CompletableFuture<Optional<WindowPicture>> picture;

    /** What the launch asked for (read once, in {@link #init}). */
    private LaunchOptions options;
    /** The data side begun by {@link Main} for this launch's database (null when started another way). */
    private EarlyStart head;
    private ExecutorService databaseThread;
    private final ScheduledExecutorService schedulerThread = NamedThreads.schedulerThread();
    private DataSession session;
    private CopyKeeper copies;
    private Wiring wiring;
    private InboxWiring inbox;
    private DesktopNotifier desktopNotifier;
    private Stage stage;
    /** The window's place and split last time, read in {@link #init} (off the JavaFX thread). */
    private Optional<WindowGeometry> geometry = Optional.empty();
    private Path geometryFile;
    /** The language and theme choices' copy beside the data, brought in line with the database while it is open. */
    private StartChoices choices;
    /** The theme copied beside the data, read in {@link #init}: the first frame is in it (none: light, until the data says). */
    private Optional<app.nudge.domain.ThemeChoice> copiedTheme = Optional.empty();
    /** The last picture of the window, read in {@link #init}, when it fits this start (same choices and window size). */
    private Optional<WindowPicture> lastPicture = Optional.empty();
    /** The picture of the live window taken as it closes, kept once the database has closed. */
    private Optional<StartPicture.Taken> closingPicture = Optional.empty();
    /** The language the window is built in (a change in Settings shows from the next start on). */
    private String builtIn;
    /** The window's clock: the system's, moved on a day at a time only as the closing window draws the next days ({@link PicturesAhead}). */
    private final LookAheadClock clock = new LookAheadClock(Clock.systemDefaultZone());
    /** When the live window took the stage (System.nanoTime), or 0 before. */
    private volatile long liveSince;

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        java.nio.file.Path folder = options.database().folder();
        choices = new StartChoices(folder);
        StartChoices.Copied copied = choices.read();
        speakTheChosenLanguage(copied.language());
        copiedTheme = copied.theme();
        geometryFile = folder.resolve(WindowGeometry.FILE_NAME);
        geometry = WindowGeometry.read(geometryFile);
        // Read since the launch began, on a thread of its own: waited for here, off the JavaFX thread.
        builtIn = app.nudge.i18n.Texts.current().language().name();
        lastPicture = StartPicture.fitting(picture, builtIn, StartPicture.theme(copiedTheme), fitted());
        picture = null; // its pixels are held once, here, until shown
    }

    /** The window's place and size last time, fitted to the screens of now. */
    private Optional<WindowGeometry> fitted() {
        return geometry.flatMap(g -> g.fitTo(Screen.getScreens().stream().map(Screen::getVisualBounds).toList()));
    }

    /**
     * Makes the Settings' language (else the system's) the window's, before any text is built: as
     * copied beside the data at the last open or close, else (a first start) as the database says,
     * which {@link Main} began opening, waited for here, off the JavaFX thread, for a few seconds at
     * most, as the window must not wait long for it; then the system's language.
     */
    private static void speakTheChosenLanguage(Optional<Optional<app.nudge.domain.Language>> copied) {
        Optional<app.nudge.domain.Language> choice = copied.isPresent() ? copied.get() : chosenInTheData();
        // Without a choice the run keeps the language it started with: the system's.
        choice.ifPresent(app.nudge.i18n.Texts::use);
    }

    private static Optional<app.nudge.domain.Language> chosenInTheData() {
        EarlyStart head = early;
        if (head != null) {
            try {
                return head.opening().thenApplyAsync(NudgeApp::chosenLanguage, head.databaseThread()).get(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
                // not open (yet): a problem with the data shows once the window is up
                LOG.info(() -> "The chosen language could not be read in time; using the system's: " + e);
            }
        }
        return Optional.empty();
    }

    private static Optional<app.nudge.domain.Language> chosenLanguage(app.nudge.store.Database db) {
        return new app.nudge.store.SettingsRepository(db).settings().language();
    }

    /**
     * Shows the window's last picture at once when it fits (its facts are those of now: the same
     * data, day, build, choices and window), and builds the live window after that frame, which
     * takes the picture's place once it is whole; else builds the live window straight away.
     */
    @Override
    public void start(Stage stage) {
        this.stage = stage;
        head = early != null && early.path().equals(options.database()) ? early : null;
        // Set at once: a window closed while the picture shows still ends the database thread's work (stop).
        databaseThread = head != null ? head.databaseThread() : NamedThreads.databaseThread();
        Optional<StartupProbe> probe = StartupProbe.fromEnvironment();
        Optional<WindowGeometry> where = fitted();
        if (lastPicture.isPresent() && where.isPresent()) {
            javafx.scene.Scene shown = StartPicture.show(stage, lastPicture.get(), where.get());
            String selectedThen = lastPicture.get().selected();
            lastPicture = Optional.empty(); // its pixels are in the image now
            probe.ifPresent(p -> p.pictureShown(shown));
            app.nudge.ui.common.AfterNextFrame.run(shown, () -> startLive(stage, where, Optional.of(selectedThen), probe));
        } else {
            startLive(stage, where, Optional.empty(), probe);
        }
    }

    /** Builds and shows the live window; {@code picture}: the card selected in the picture shown now (empty: none shown). */
    private void startLive(Stage stage, Optional<WindowGeometry> where, Optional<String> picture, Optional<StartupProbe> probe) {
        LogFiles.install(options.database().folder());
        desktopNotifier = new DesktopNotifier(schedulerThread);
        session = new DataSession(databaseThread, Platform::runLater, instance, InstanceLock::acquire, dialogs(), window(),
                () -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.show();
                    stage.toFront();
                    stage.requestFocus();
                }));
        wiring = new Wiring(new Wiring.Environment(session::database, databaseThread, Platform::runLater,
                clock, new ExecutorTicker(schedulerThread), Locale.getDefault(), new FxClipboard(),
                app.nudge.ui.composer.SystemMailLauncher.onDaemonThreads(), () -> new DialogPrompts(stage), desktopNotifier),
                ReplyInputs.standard(Clock.systemDefaultZone(), Locale.getDefault()),
                // A saved activity report opens in the desktop's own PDF or spreadsheet program.
                ReportInputs.standard(file -> getHostServices().showDocument(file.toUri().toString())));
        inbox = InboxWiring.standard(options.database().folder(), new ExecutorTicker(schedulerThread),
                Clock.systemDefaultZone(), wiring.replies().model()::offer, wiring.replies().model()::reportProblem);
        wiring.useInbox(inbox);
        // Saved settings are copied at once: a start after a crash still speaks the new choice.
        wiring.settings().onChange(this::copyStartChoices);
        copies = new CopyKeeper(schedulerThread, databaseThread, session::database, CopyKeeper.AFTER);
        wiring.applications().onSaved(copies::changed); // on a server: this computer's copy follows the changes
        wiring.useData(new SessionDataConnection(session,
                job -> Thread.ofPlatform().daemon().name("nudge-server-test").start(job), DataFolder.forThisUser(),
                line -> wiring.window().notice().notify("Nudge", line)));
        wiring.window().restoreGeometry(where);
        copiedTheme.ifPresent(wiring.theme()::apply); // before the first frame: no light flash for a dark choice
        picture.ifPresent(wiring.window()::keepPictureUntilWhole);
        wiring.show(stage);
        javafx.scene.Scene live = wiring.window().root().getScene();
        probe.ifPresent(p -> p.watch(live));
        if (stage.getScene() == live) {
            liveSince = System.nanoTime();
        } else { // after the picture
            stage.sceneProperty().addListener((o, was, now) -> liveSince = now == live ? System.nanoTime() : liveSince);
        }
        // Closed by the user (or Ctrl+Q) or by the app: the live window as it is, for the next start's first frame.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            session.closing(); // the app ends with its window: a launch from now on waits for the end
            takePicture();
        });
        wiring.boardController().setOnBackups(this::showBackups);
        if (head != null) {
            // Shown while the file's check goes on; queued before anything the open brings (runLater keeps order).
            head.firstLook().thenAcceptAsync(look -> Optional.ofNullable(look).ifPresent(l -> wiring.board().show(l.cards())),
                    Platform::runLater);
            head.firstPlan().thenAccept(first -> wiring.offerFirstPlan(first.plan(), first.cards()));
            // After the first plan, so the copy never delays it.
            head.firstPlan().thenRun(() -> copyStartChoices(() -> head.opening().join()));
            session.adopt(options.database(), head.opening());
        } else {
            session.open(options.database());
        }
    }

    /** Brings the copy of the language and theme in line with the settings of the session's data. */
    private void copyStartChoices() {
        if (session != null) {
            copyStartChoices(session::database);
        }
    }

    /** Brings the copy of the language and theme in line with the settings of {@code data}, on the database thread (queued). */
    private void copyStartChoices(java.util.function.Supplier<app.nudge.store.Database> data) {
        if (choices == null) {
            return;
        }
        databaseThread.execute(() -> {
            try {
                app.nudge.settings.UserSettings settings = new app.nudge.store.SettingsRepository(data.get()).settings();
                choices.keep(settings.language(), settings.theme());
            } catch (RuntimeException notOpen) {
                LOG.info(() -> "The language and theme choices were not copied: " + notOpen.getMessage());
            }
        });
    }

    /** The questions of {@link DataSession}, asked with the real dialogs. */
    private DataSession.Prompts dialogs() {
        return new DataSession.Prompts() {
            @Override
            public DatabaseProblemDialog.Choice askProblem(StoreException problem, boolean backupExists) {
                return DatabaseProblemDialog.ask(stage, problem, backupExists);
            }

            @Override
            public Optional<Path> chooseFile(Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.t("app.chooseFile"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.t("app.chooseFile.filter"), "*.mv.db"));
                if (folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return Optional.ofNullable(chooser.showOpenDialog(stage)).map(File::toPath);
            }

            @Override
            public Optional<char[]> askPassword(String server, String why) {
                return ServerPasswordDialog.ask(stage, server, why);
            }
        };
    }

    /** What {@link DataSession} reports, shown in this window. */
    private SessionListener window() {
        return new WindowSessionListener() {
            @Override
            Wiring wiring() {
                return wiring;
            }

            @Override
            void shown(DatabasePath path, boolean first) {
                if (first) {
                    wiring.start();
                    wiring.welcomeOnFirstRun();
                } else {
                    wiring.reload();
                }
            }

            @Override
            public void problem(String message) {
                wiring.board().showProblem(message);
            }

            @Override
            public void notice(String title, String message) {
                wiring.window().notice().notify(title, message);
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        };
    }

    /** The Backups… button: list them; a restore closes the database, restores, reopens and re-plans. */
    private void showBackups() {
        Backups backups = session.backups();
        CompletableFuture.supplyAsync(backups::list, databaseThread).whenCompleteAsync((list, error) -> {
            if (error != null) {
                wiring.window().notice().notify(Texts.t("app.backups.title"), ErrorMessages.of(error));
            } else {
                BackupsDialog.show(stage, list, backups.folder().toString(), session::restore);
            }
        }, Platform::runLater);
    }

    /**
     * The live window's picture, when it shows this computer's file as the launch opened it, loaded
     * and sound, settled (shown {@link #SETTLED} ago at least: the composer has the settings, the
     * badges their styles), in a theme a start knows before showing it, and as the next start shows it
     * ({@link ClosingWindow}: no search, every column at its top, the keyboard on the selected card's column...).
     */
    private void takePicture() {
        javafx.scene.Scene live = wiring.window().root().getScene();
        app.nudge.ui.board.BoardViewModel board = wiring.board();
        String theme = StartPicture.theme(Optional.of(wiring.theme().choiceProperty().get()));
        if (closingPicture.isEmpty() && stage.getScene() == live && options.database().equals(session.path()) && theme != null
                && liveSince != 0 && System.nanoTime() - liveSince >= SETTLED.toNanos()
                && !board.loadingProperty().get() && !board.failedProperty().get()) {
            if (ClosingWindow.asAStartShowsIt(wiring)) {
                closingPicture = StartPicture.take(stage, live, wiring.window().geometry(stage), board.selectedIdProperty().get(),
                        builtIn, theme, java.time.LocalDate.now(clock));
            }
        }
    }

    @Override
    public void stop() throws Exception {
        if (session != null) {
            session.closing(); // Platform.exit: a launch from now on waits for this one to end
        }
        if (wiring != null && stage.isShowing()) {
            takePicture(); // Platform.exit: no hiding event
        }
        if (wiring != null && geometryFile != null && stage.getWidth() > 0) {
            WindowGeometry now = wiring.window().geometry(stage);
            databaseThread.execute(() -> { // small, but still disk work: off the JavaFX thread
                try {
                    now.write(geometryFile);
                } catch (IOException e) {
                    LOG.warning("Could not keep the window's size and place: " + e.getMessage());
                }
            });
        }
        copyStartChoices(); // a choice made in Settings this run applies at the next start
        if (wiring != null) {
            wiring.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (desktopNotifier != null) {
            desktopNotifier.close();
        }
        if (copies != null) {
            copies.close();
        }
        java.util.List<StartPicture.Taken> pictures = new java.util.ArrayList<>();
        closingPicture.ifPresent(pictures::add);
        // After the services and the inbox closed: nothing but the window sees its clock move on.
        closingPicture.ifPresent(today -> pictures.addAll(PicturesAhead.after(today, wiring, stage, clock, session::database,
                databaseThread, Locale.getDefault())));
        schedulerThread.shutdown();
        // Let queued writes finish, then close; never shutdownNow (it interrupts H2 I/O).
        if (session == null && head != null) { // closed while the picture showed: the data opened for nothing
            EarlyStart begun = head;
            databaseThread.execute(() -> Optional.ofNullable(begun.opening().handle((db, failed) -> db).getNow(null))
                    .ifPresent(db -> db.close()));
        }
        if (session != null) {
            databaseThread.execute(session::close);
            // After the close: the file's size and time are those the next start will find.
            if (!pictures.isEmpty()) {
                databaseThread.execute(() -> StartPicture.keepAll(options.database(), pictures));
            }
        }
        databaseThread.shutdown();
        if (!databaseThread.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warning("The database thread did not finish within 10 s");
        }
    }
}
