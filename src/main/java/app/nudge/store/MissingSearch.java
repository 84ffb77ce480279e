package app.nudge.store;

import app.nudge.i18n.Texts;
/**
 * The one wording of "there is no search where you pointed": a missing data file or a schema with
 * no Nudge search in it. It names the option that pointed there ({@code --db}, or {@code --from}
 * for {@code nudge copy}), so the user knows which of the places typed to correct.
 */
public final class MissingSearch {

    private MissingSearch() {
    }

    /** The refusal for {@code path}, named by {@code option} (as in "--db"). */
    public static StoreException at(DatabasePath path, String option) {
        if (path.isServer()) {
            ServerAddress server = path.server();
            return new StoreException(StoreException.Kind.MISSING, Texts.t("store.missing.schema", "schema", server.schema(),
                    "host", server.host(), "option", option), null);
        }
        return new StoreException(StoreException.Kind.MISSING,
                Texts.t("store.missing.file", "path", path, "option", option), null);
    }
}
