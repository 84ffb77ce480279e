package app.nudge.ui.settings;

import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import app.nudge.store.UnusableDatabasePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one fake Settings → Data connection of the tests: answers what the test sets (by default,
 * Jane's file, a test that finds 12 applications); records what it was asked, with a copy of each
 * password as it arrived. {@link #forPictures()} never switches, for the gallery.
 */
public final class RecordingDataConnection implements DataConnection {

    public static final String FILE = "/home/jane/.local/share/nudge/nudge.mv.db";
    public static final String SERVER = "postgresql://jane@db.example.org/nudge?schema=jane";

    final List<String> tested = new ArrayList<>();
    final List<String> used = new ArrayList<>();
    final List<char[]> passwords = new ArrayList<>();
    CompletableFuture<String> testAnswer = CompletableFuture.completedFuture("Connected: schema jane holds 12 applications.");
    CompletableFuture<Void> useAnswer = CompletableFuture.completedFuture(null);
    CompletableFuture<Void> localAnswer = CompletableFuture.completedFuture(null);
    String where = FILE;
    boolean server;

    /** For pictures: a switch is never made (the dialog stays as it is shown). */
    public static RecordingDataConnection forPictures() {
        RecordingDataConnection pictures = new RecordingDataConnection();
        pictures.useAnswer = new CompletableFuture<>();
        pictures.localAnswer = new CompletableFuture<>();
        return pictures;
    }

    /**
     * For pictures of the data on a server: never switches; every test fails with {@code problem}
     * as a server away says it (null: the test finds 12 applications).
     */
    public static RecordingDataConnection forPicturesOnServer(String problem) {
        RecordingDataConnection pictures = forPictures();
        pictures.where = SERVER;
        pictures.server = true;
        if (problem != null) {
            pictures.testAnswer = CompletableFuture.failedFuture(new StoreException(StoreException.Kind.OFFLINE, problem, null));
        }
        return pictures;
    }

    @Override
    public String current() {
        return where;
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
        tested.add(typed);
        passwords.add(password == null ? null : password.clone());
        return testAnswer;
    }

    @Override
    public CompletableFuture<Void> use(String typed, char[] password, boolean bringThisSearch) {
        used.add(typed + (bringThisSearch ? " (bringing this search)" : ""));
        passwords.add(password == null ? null : password.clone());
        return useAnswer.thenRun(() -> {
            where = typed;
            server = true;
        });
    }

    @Override
    public CompletableFuture<Void> useLocalFile() {
        used.add("file");
        return localAnswer;
    }
}
