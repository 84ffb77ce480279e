package app.nudge.ui.settings;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the settings' "Data" part does outside the view: say where the data is, check an address,
 * test a server and switch the running app to it (or back to this computer's file). The address is
 * text here: the view never sees the store. A password given to {@link #test} or {@link #use} is
 * used for that one connection and then wiped (the array is cleared); nothing keeps it.
 */
public interface DataConnection {

    /** Where the data shown now is: a server address as the user would type it, or the file's path. */
    String current();

    /** Whether the data shown now is on a server (then "Back to this computer's file" is offered). */
    boolean onServer();

    /** The one line saying which part of {@code typed} is wrong, or empty when it can be used. */
    Optional<String> problemWith(String typed);

    /**
     * Connects and looks, changing nothing, off the JavaFX thread; completes with the one line
     * saying what the schema holds, or exceptionally with the problem in one line.
     */
    CompletableFuture<String> test(String typed, char[] password);

    /**
     * Opens the server's schema (created when new), then switches the window to it and remembers
     * it for the next start; completes exceptionally with a one-line message when it cannot (the
     * window then keeps showing what it showed). With {@code bringThisSearch}, what is shown now is
     * copied into the schema when it holds nothing (the place it came from keeps it too).
     */
    CompletableFuture<Void> use(String typed, char[] password, boolean bringThisSearch);

    /** The server last used in this run, if the data is no longer on it: the address the dialog offers again. */
    default Optional<String> lastServer() {
        return Optional.empty();
    }

    /** Switches back to this computer's own file and forgets the server for the next start. */
    CompletableFuture<Void> useLocalFile();
}
