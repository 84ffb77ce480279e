package app.nudge.app;

import app.nudge.i18n.Texts;
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
        String now = Texts.t(shown.brought() ? "app.switch.toServerBrought" : "app.switch.toServer",
                "store", StoreName.of(server), "applications", shownCount(shown.applications()));
        return before == null || before.isServer() ? now : now + " " + Texts.t("app.switch.fileKept");
    }

    static String toFile(DatabasePath file, Shown shown, DatabasePath before) {
        String now = Texts.t("app.switch.toFile", "applications", shownCount(shown.applications()));
        return before == null || !before.isServer() ? now
                : now + " " + Texts.t("app.switch.serverKept", "store", StoreName.of(before));
    }

    private static String shownCount(int count) {
        return count == 0 ? Texts.t("app.switch.none") : applications(count);
    }

    /** "1 application", "12 applications": a store's count, as the Data dialog and these lines say it. */
    static String applications(long count) {
        return Texts.current().count("common.applications", count);
    }
}
