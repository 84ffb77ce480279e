package app.nudge.app;

import app.nudge.store.DatabasePath;

/** What a {@link DataSession} tells the window (on the UI executor). */
interface SessionListener {

    /** The file at {@code path} is open; {@code first} for the first file of this run. */
    void opened(DatabasePath path, boolean first);

    /** Something keeps the data from showing, in words for the user. */
    void problem(String message);

    /** Something went well that the user should know about. */
    void notice(String title, String message);

    /** The user chose to quit. */
    void quit();

    /** The {@code server} cannot be reached at start: this computer's copy of its data is being opened. */
    default void openingCopy(DatabasePath server) {
    }

    /** The {@code server} cannot be reached: its copy taken at {@code taken} is shown, read-only. */
    default void showingCopy(DatabasePath server, java.time.LocalDateTime taken) {
    }

    /** The copy is shown no more: {@code shownNow} is (the server that answered again, or another store). */
    default void copyGone(DatabasePath shownNow) {
    }
}
