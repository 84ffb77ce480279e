package app.nudge.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a test types after {@code --db}, one search per name: an H2 file in the test's folder, or a
 * schema of its own on the test server. For a server, the command line keeps its local folder
 * (backups, cache) under the user's data folder: while this is open, "user.home" is the test's
 * folder, so nothing lands in the real one. Close it after the test (restores "user.home").
 */
public final class CommandLineDatabases implements AutoCloseable {

    private final StoreBackend backend;
    private final Path folder;
    private final Map<String, String> typed = new HashMap<>();
    private final String home = System.getProperty("user.home");

    public CommandLineDatabases(StoreBackend backend, Path folder) {
        this.backend = backend;
        this.folder = folder;
        if (backend == StoreBackend.POSTGRESQL) {
            System.setProperty("user.home", folder.resolve("home").toString());
        }
    }

    /** The same text for the same name within a test. */
    public String named(String name) {
        return typed.computeIfAbsent(name, n -> backend == StoreBackend.H2 ? folder.resolve(n).toString()
                : TestServer.freshSchema().toString());
    }

    @Override
    public void close() {
        System.setProperty("user.home", home);
    }
}
