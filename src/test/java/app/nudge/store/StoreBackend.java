package app.nudge.store;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The two places a search can live, for tests that must pass on both: an H2 file (the default)
 * and a schema on the test PostgreSQL server ({@link TestServer}). Use with
 * {@code @ParameterizedClass @MethodSource("app.nudge.store.StoreBackend#both")} or
 * {@code @ParameterizedTest @EnumSource(StoreBackend.class)}.
 */
public enum StoreBackend {
    H2 {
        @Override
        public DatabasePath newDatabase(Path folder) {
            return TempDatabase.in(folder);
        }
    },
    POSTGRESQL {
        @Override
        public DatabasePath newDatabase(Path folder) {
            return TestServer.freshDatabase(folder);
        }
    };

    /** A new, empty search: a file in {@code folder}, or a new schema whose local folder is in {@code folder}. */
    public abstract DatabasePath newDatabase(Path folder);

    /** Opens a new, empty search, migrated. */
    public Database open(Path folder) {
        return Database.openOrCreate(newDatabase(folder));
    }

    public static Stream<StoreBackend> both() {
        return Stream.of(values());
    }
}
