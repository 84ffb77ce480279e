package app.nudge.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How backups of a schema on a server are made: a JSON export into this computer's folder for it,
 * written by a layer above the store (the exchange format), given to {@link Database#useServerBackups};
 * until one is given, none is taken.
 */
public interface ServerBackups {

    ServerBackups NONE = new ServerBackups() {
        @Override
        public Optional<Path> daily(Database db) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> beforeImport(Database db) {
            return Optional.empty();
        }
    };

    /** Today's backup, unless there is one already. */
    Optional<Path> daily(Database db);

    /** A backup before an import into a schema that holds data. */
    Optional<Path> beforeImport(Database db);
}
