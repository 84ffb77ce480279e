package app.nudge.app;

import app.nudge.store.ServerAddress;
import app.nudge.store.UnusableDatabasePath;
import app.nudge.ui.settings.DataConnection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Settings → Data for pictures: the data in Jane's file (or on a server), a test that finds 12 applications or fails, no switch. */
final class SampleDataConnection implements DataConnection {

    static final String FILE = "/home/jane/.local/share/nudge/nudge.mv.db";
    static final String SERVER = "postgresql://jane@db.example.org/nudge?schema=jane";
    /** A server's problem as long as real ones get, for the pictures of a result that wraps. */
    static final String LONG_PROBLEM = "The server db.example.org:5432 cannot be reached (the connection was refused: no server"
            + " listens on that port, or a firewall is in the way). Nudge will try again; nothing was changed. Check the"
            + " address with whoever runs the server.";

    private final boolean server;
    private final String problem;

    SampleDataConnection() {
        this(false, null);
    }

    /** @param problem what every test answers (null: it finds 12 applications) */
    SampleDataConnection(boolean server, String problem) {
        this.server = server;
        this.problem = problem;
    }

    @Override
    public String current() {
        return server ? SERVER : FILE;
    }

    @Override
    public boolean onServer() {
        return server;
    }

    @Override
    public Optional<String> problemWith(String typed) {
        try {
            ServerAddress.parse(typed);
            return Optional.empty();
        } catch (UnusableDatabasePath e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public CompletableFuture<String> test(String typed, char[] password) {
        if (problem != null) {
            return CompletableFuture.failedFuture(new app.nudge.store.StoreException(app.nudge.store.StoreException.Kind.OFFLINE,
                    problem, null));
        }
        return CompletableFuture.completedFuture("Connected: schema " + ServerAddress.parse(typed).schema() + " holds 12 applications.");
    }

    @Override
    public CompletableFuture<Void> use(String typed, char[] password) {
        return new CompletableFuture<>(); // pictures never switch
    }

    @Override
    public CompletableFuture<Void> useLocalFile() {
        return new CompletableFuture<>();
    }
}
