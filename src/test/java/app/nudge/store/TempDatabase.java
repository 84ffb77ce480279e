package app.nudge.store;

import java.nio.file.Path;

/** A real H2 file database in a test's temporary folder. */
public final class TempDatabase {

    private TempDatabase() {
    }

    public static DatabasePath in(Path folder) {
        return new DatabasePath(folder.resolve("nudge"));
    }

    public static Database open(Path folder) {
        return Database.openOrCreate(in(folder));
    }
}
