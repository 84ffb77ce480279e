package app.nudge.app;

import app.nudge.i18n.Texts;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.util.function.Supplier;

/**
 * The store a window shows, named for its title: "jane on db.example.org" (the schema and the
 * server's host) on a server, so two windows on two candidates' searches are told apart; nothing
 * for this computer's own file, whose title stays as it always was. Never the user name or a password.
 */
final class StoreName {

    private StoreName() {
    }

    /**
     * The name of the store open now, or of the server {@code copyOf} whose copy it is (a start
     * while the server is away); "" while none is (a restore running: the title keeps no stale name).
     */
    static String of(Supplier<Database> open, DatabasePath copyOf) {
        if (copyOf != null) {
            return Texts.t("app.store.copy", "store", of(copyOf));
        }
        try {
            return of(open.get().path());
        } catch (StoreException closed) {
            return "";
        }
    }

    static String of(DatabasePath path) {
        return path == null || !path.isServer() ? "" : Texts.t("app.store.server", "schema", path.server().schema(), "host", path.server().host());
    }
}
