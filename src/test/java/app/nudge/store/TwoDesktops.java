package app.nudge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two "desktops" on one search, for tests of changes made at the same moment. On PostgreSQL each
 * has its own connection to the same schema (two Database objects, as two computers have). An H2
 * file can be open only once, so there both share one Database and differ only in their
 * repositories (each remembers what it read, as each computer's does).
 */
public final class TwoDesktops implements AutoCloseable {

    private final Database first;
    private final Database second;

    private TwoDesktops(Database first, Database second) {
        this.first = first;
        this.second = second;
    }

    public static TwoDesktops open(StoreBackend backend, Path folder) {
        DatabasePath path = backend.newDatabase(folder);
        Database first = Database.openOrCreate(path);
        if (!path.isServer()) {
            return new TwoDesktops(first, first);
        }
        try {
            Path otherFolder = Files.createDirectories(folder.resolve("second-desktop"));
            return new TwoDesktops(first, Database.openOrCreate(DatabasePath.onServer(path.server(), otherFolder)));
        } catch (IOException e) {
            first.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    public Database first() {
        return first;
    }

    public Database second() {
        return second;
    }

    @Override
    public void close() {
        if (second != first) {
            second.close();
        }
        first.close();
    }
}
