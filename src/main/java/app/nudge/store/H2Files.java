package app.nudge.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How Nudge connects to an H2 file: the one place for its URL and its settings. */
final class H2Files {

    private H2Files() {
    }

    static String url(DatabasePath path, boolean mustExist) {
        return url(path.base(), mustExist);
    }

    /** @param base a checked {@link DatabasePath}'s base, or a sibling temporary of one (our own suffix) */
    static String url(Path base, boolean mustExist) {
        // WRITE_DELAY=0: a committed transaction is written before commit returns, so it survives
        // the process being killed (power loss can still cost about a second, in H2's own words).
        // TRACE_LEVEL_FILE=0: no nudge.trace.db (H2's trace would copy statements beside the data).
        // REUSE_SPACE=FALSE: append-only, a kill leaves every committed chunk where H2 finds it (why: StoreCompaction).
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;REUSE_SPACE=FALSE" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    static Connection connect(DatabasePath path, boolean mustExist) {
        return connect(path, path.base(), mustExist);
    }

    /** Connects to {@code base} (the file or a copy of it); failures are worded for {@code path}. */
    static Connection connect(DatabasePath path, Path base, boolean mustExist) {
        try {
            return DriverManager.getConnection(url(base, mustExist), "sa", "");
        } catch (SQLException e) {
            throw Database.translate(path, e);
        }
    }
}
