package app.nudge.app;

import app.nudge.store.DataFolder;
import app.nudge.store.DatabasePath;
import app.nudge.store.UnusableDatabasePath;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/** What the desktop app was started with. */
record LaunchOptions(DatabasePath database) {

    private static final Logger LOG = Logger.getLogger(LaunchOptions.class.getName());

    static LaunchOptions parse(List<String> raw) {
        return parse(raw, DataFolder.forThisUser());
    }

    /** {@code --db} first; else the server chosen in Settings → Data (kept in {@code dataFolder}); else this computer's file. */
    static LaunchOptions parse(List<String> raw, Path dataFolder) {
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--db") && i + 1 < raw.size()) {
                return new LaunchOptions(DatabasePath.of(raw.get(i + 1)));
            }
            if (arg.startsWith("--db=")) {
                return new LaunchOptions(DatabasePath.of(arg.substring("--db=".length())));
            }
        }
        return new LaunchOptions(new RememberedStore(dataFolder).server().flatMap(address -> {
            try {
                return java.util.Optional.of(DatabasePath.onServer(app.nudge.store.ServerAddress.parse(address), dataFolder));
            } catch (UnusableDatabasePath e) {
                // Only a hand-edited file gets here (the app writes checked addresses): say so in the log, open the file.
                LOG.warning("The server remembered in " + RememberedStore.FILE_NAME + " cannot be used (" + e.getMessage()
                        + "); opening this computer's file");
                return java.util.Optional.empty();
            }
        }).orElseGet(() -> new DatabasePath(dataFolder.resolve("nudge"))));
    }
}
