package app.nudge.app;

import app.nudge.common.Passwords;
import app.nudge.i18n.Texts;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import app.nudge.store.ServerCheck;
import app.nudge.store.UnusableDatabasePath;
import app.nudge.ui.settings.DataConnection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Settings → Data on the app's {@link DataSession}: a test connects on {@code background} (a
 * server may take seconds to answer; never the JavaFX or the database thread), a switch goes
 * through the session (which opens the new data before letting the old go), and the choice is
 * remembered in the data folder for the next start.
 */
final class SessionDataConnection implements DataConnection {

    private final DataSession session;
    private final Executor background;
    private final Path dataFolder;
    private final RememberedStore remembered;
    private final Consumer<String> told;
    /** The server shown before "Back to this computer's file" in this run (its address only), or null. */
    private volatile String lastServer;

    /**
     * @param dataFolder the user's data folder: the local folders of servers and the remembered choice go there
     * @param told shows a line in the window (on the JavaFX thread): after a switch, what is shown now and
     *             that the data left behind is still where it was (an empty board must not read as data lost)
     */
    SessionDataConnection(DataSession session, Executor background, Path dataFolder, Consumer<String> told) {
        this.session = session;
        this.background = background;
        this.dataFolder = dataFolder;
        this.remembered = new RememberedStore(dataFolder);
        this.told = told;
    }

    @Override
    public String current() {
        DatabasePath path = session.path();
        return path == null ? "" : path.toString();
    }

    @Override
    public boolean onServer() {
        DatabasePath path = session.path();
        return path != null && path.isServer();
    }

    @Override
    public Optional<String> problemWith(String typed) {
        try {
            server(typed);
            return Optional.empty();
        } catch (UnusableDatabasePath e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The schema's place on the server, with its local folder (backups, the cached plan). */
    private DatabasePath server(String typed) {
        if (!ServerAddress.looksLikeServer(typed)) {
            throw new UnusableDatabasePath(Texts.t("app.data.notServer", "example",
                    "postgresql://jane@db.example.org/nudge?schema=jane"));
        }
        return DatabasePath.onServer(ServerAddress.parse(typed), dataFolder);
    }

    @Override
    public CompletableFuture<String> test(String typed, char[] password) {
        DatabasePath path = server(typed);
        return CompletableFuture.supplyAsync(() -> {
            try {
                ServerCheck.Found found = ServerCheck.check(path, password);
                return found.exists()
                        ? Texts.t("app.data.connected", "schema", found.schema(),
                                "applications", SwitchNotice.applications(found.applications()))
                        : Texts.t(session.path() != null && !session.path().isServer() ? "app.data.connectedNewBring"
                                : "app.data.connectedNew", "schema", found.schema());
            } finally {
                Passwords.wipe(password);
            }
        }, background);
    }


    @Override
    public CompletableFuture<Void> use(String typed, char[] password, boolean bringThisSearch) {
        DatabasePath path = server(typed);
        DatabasePath before = session.path();
        // Remembered off the JavaFX thread (a small file, but disk work all the same).
        return session.switchTo(path, password, bringThisSearch)
                .thenAccept(shown -> told.accept(SwitchNotice.toServer(path, shown, before)))
                .thenRunAsync(() -> remembered.remember(path.server().toString()), background);
    }

    @Override
    public Optional<String> lastServer() {
        return Optional.ofNullable(lastServer);
    }

    @Override
    public CompletableFuture<Void> useLocalFile() {
        DatabasePath before = session.path();
        if (before != null && before.isServer()) {
            lastServer = before.server().toString();
        }
        DatabasePath file = new DatabasePath(dataFolder.resolve("nudge"));
        return session.switchTo(file, null, false)
                .thenAccept(shown -> told.accept(SwitchNotice.toFile(file, shown, before)))
                .thenRunAsync(remembered::forget, background);
    }
}
