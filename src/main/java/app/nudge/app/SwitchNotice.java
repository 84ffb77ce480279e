package app.nudge.app;

import app.nudge.store.DatabasePath;

/**
 * The line shown after Settings → Data switched the window's store: what is shown now (with how
 * many applications, so an empty board reads as an empty store, not as data lost) and that the
 * store left behind keeps its data and how to get back to it.
 */
final class SwitchNotice {

    /** What a switch shows: how many applications, and whether they were brought from the store shown before. */
    record Shown(int applications, boolean brought) {
    }

    private SwitchNotice() {
    }

    static String toServer(DatabasePath server, Shown shown, DatabasePath before) {
        String now = "Now on the server: " + StoreName.of(server) + ", " + shownCount(shown.applications())
                + (shown.brought() ? " brought from this computer's file" : "") + ".";
        return before == null || before.isServer() ? now
                : now + " The file on this computer keeps what it holds; Settings \u2192 Data brings you back to it.";
    }

    static String toFile(DatabasePath file, Shown shown, DatabasePath before) {
        String now = "Now on this computer's file, " + shownCount(shown.applications()) + ".";
        return before == null || !before.isServer() ? now
                : now + " Your search stays on the server (" + StoreName.of(before) + "); Settings \u2192 Data \u2192"
                + " Use a PostgreSQL server\u2026 goes back to it.";
    }

    private static String shownCount(int count) {
        return count == 0 ? "no applications yet" : applications(count);
    }

    /** "1 application", "12 applications": a store's count, as the Data dialog and these lines say it. */
    static String applications(long count) {
        return count == 1 ? "1 application" : count + " applications";
    }
}
