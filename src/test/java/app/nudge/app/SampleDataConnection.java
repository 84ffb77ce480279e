package app.nudge.app;

import app.nudge.store.ServerAddress;
import app.nudge.store.UnusableDatabasePath;
import app.nudge.ui.settings.DataConnection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Settings → Data for pictures: the data in Jane's file, a test that finds 12 applications, no switch. */
final class SampleDataConnection implements DataConnection {

    static final String FILE = "/home/jane/.local/share/nudge/nudge.mv.db";

    @Override
    public String current() {
        return FILE;
    }

    @Override
    public boolean onServer() {
        return false;
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
