package app.nudge.store;

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
            return new StoreException(StoreException.Kind.MISSING, "There is no Nudge search in the schema " + server.schema()
                    + " on " + server.host() + ". Import a file first, or check the address given with " + option + ".", null);
        }
        return new StoreException(StoreException.Kind.MISSING,
                "No Nudge database at " + path + ". Import a file first, or name another one with " + option + ".", null);
    }
}
