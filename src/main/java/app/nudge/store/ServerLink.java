package app.nudge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The link of a {@link Database} on a server to that server, across outages. When a read or write
 * finds the server away, the database thread calls {@link #lost()}; a watch on its own thread
 * ({@link ServerWatch}) keeps trying {@link #reconnect()}, which opens a new connection off the
 * database thread; the database takes it up at its next use ({@link #inUse}). The database thread
 * is never the one that waits for a server that does not answer, and never interrupted.
 *
 * <p>The password typed at connect time, if any, stays in memory to reconnect with (never on disk).
 */
public final class ServerLink {

    private final DatabasePath path;
    private final char[] password;
    private final boolean readOnly;
    /** This open's own token in the notices it sends, so its own watch skips them. */
    private final String session = UUID.randomUUID().toString();
    private final AtomicReference<Connection> replacement = new AtomicReference<>();
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private volatile boolean lost;
    private volatile boolean closed;

    ServerLink(DatabasePath path, char[] password, boolean readOnly) {
        this.path = path;
        this.password = password == null ? null : Arrays.copyOf(password, password.length);
        this.readOnly = readOnly;
    }

    String session() {
        return session;
    }

    public DatabasePath path() {
        return path;
    }

    /** Called (on the database thread) after {@link #lost()}: the app says so and its watch reconnects. */
    public void onLost(Runnable listener) {
        lostListeners.add(listener);
    }

    /** A read or write found the server away (or the watch's own connection broke). Any thread. */
    void lost() {
        boolean was = lost;
        lost = true;
        if (!was) {
            lostListeners.forEach(Runnable::run);
        }
    }

    /** Whether the server was found away and no new connection has been made since. */
    public boolean isLost() {
        return lost;
    }

    /**
     * Opens a new connection to the schema for the database to use from its next read or write.
     * Blocking: call it on the watch's thread, never on the database or JavaFX thread.
     *
     * @throws StoreException when the server still cannot be reached (kind OFFLINE) or refuses
     */
    public void reconnect() {
        Connection fresh = open(path, password, readOnly);
        Database.closeQuietly(replacement.getAndSet(fresh));
        if (closed) { // the database closed meanwhile (a restore, the app ending): nobody will take it up
            Database.closeQuietly(replacement.getAndSet(null));
        }
        lost = false;
    }

    /** A connection to the schema, set up as {@link ServerOpen} sets up the first one. */
    static Connection open(DatabasePath path, char[] password, boolean readOnly) {
        Connection fresh = ServerOpen.connect(path, password);
        try {
            try (Statement st = fresh.createStatement()) {
                st.execute("SET search_path TO " + path.server().quotedSchema());
            }
            fresh.setReadOnly(readOnly);
            return fresh;
        } catch (SQLException e) {
            Database.closeQuietly(fresh);
            throw ServerOpen.translate(path, e);
        }
    }

    /** Opens a connection for the watch's own use (LISTEN). */
    Connection openForListening() {
        return open(path, password, false);
    }

    /** On the database thread: the connection to use now, a new one when the watch made one (the old one closed). */
    Connection inUse(Connection current) {
        Connection fresh = replacement.getAndSet(null);
        if (fresh == null) {
            return current;
        }
        Database.closeQuietly(current);
        return fresh;
    }

    /** When the database closes: a new connection nobody took up yet is closed too. */
    void close() {
        closed = true;
        Database.closeQuietly(replacement.getAndSet(null));
    }
}
