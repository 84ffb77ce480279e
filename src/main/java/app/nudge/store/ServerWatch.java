package app.nudge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Watches the schema of a {@link Database} on a server from a daemon thread of its own, on a
 * connection of its own (never the database thread's): hears the other desktops' change notices
 * ({@link ServerChanges}), notices when the server goes away, and reconnects with growing pauses,
 * making a new connection for the database too ({@link ServerLink#reconnect}). It is stopped by a
 * flag and ends its own connection itself: never interrupted.
 */
public final class ServerWatch implements AutoCloseable {

    /** What the watch reports, on its own thread: hand the work to the right thread. */
    public interface Listener {
        /** Another desktop (or a command) changed these applications. */
        void changed(Set<String> ids);

        /** Another desktop changed the settings, or more applications than a notice can name. */
        void changedEverything();

        /** The server cannot be reached; the watch keeps trying. */
        void away();

        /** Connected again after {@link #away()} or a broken link: notices were missed, so anything may have changed. */
        void back();

        /**
         * The first LISTEN is in place. A change committed between the first plan and this moment was
         * never announced to this watch: by default, plan everything again.
         */
        default void listening() {
            changedEverything();
        }
    }

    private static final Logger LOG = Logger.getLogger(ServerWatch.class.getName());
    /** How long one wait for notices lasts: also how soon a stop is noticed. */
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration FIRST_RETRY = Duration.ofMillis(250);
    /** Retries grow to this pause, so a server back after an outage is found within a few seconds. */
    static final Duration LAST_RETRY = Duration.ofSeconds(3);

    private final ServerLink link;
    private final String channel;
    private final Listener listener;
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean closed;
    /** The watch thread's LISTEN connection, so {@link #close()} can cut a wait on it short. */
    private volatile Connection listeningNow;

    private ServerWatch(Database db, ServerLink link, Listener listener) {
        this.link = link;
        this.channel = ServerChanges.channel(db.path().server());
        this.listener = listener;
        String session = link.session();
        link.onLost(this::wake); // a failed read or write: check at once rather than at the next poll
        thread = Thread.ofPlatform().daemon().name("nudge-server-watch").unstarted(() -> watch(session));
    }

    /** Starts watching {@code db}'s schema; {@code db} must be on a server. */
    public static ServerWatch start(Database db, Listener listener) {
        ServerLink link = db.serverLink().orElseThrow(() -> new IllegalArgumentException("not on a server: " + db.path()));
        ServerWatch watch = new ServerWatch(db, link, listener);
        watch.thread.start();
        return watch;
    }

    private void watch(String session) {
        Connection listening = null;
        boolean away = false;
        boolean missed = false; // the watch's own connection broke: notices may have been lost
        boolean first = true;
        Duration retry = FIRST_RETRY;
        while (!closed) {
            if (listening == null || link.isLost()) {
                try {
                    if (listening == null) {
                        listening = listen();
                        listeningNow = listening;
                    } else {
                        probe(listening);
                    }
                    if (missed || link.isLost()) {
                        link.reconnect();
                    }
                    if (first) {
                        first = false;
                        report(listener::listening);
                    } else if (away || missed) {
                        report(listener::back);
                    }
                    away = false;
                    missed = false;
                    retry = FIRST_RETRY;
                } catch (SQLException | RuntimeException e) {
                    LOG.log(Level.FINE, "The server is still away", e);
                    Database.closeQuietly(listening);
                    listening = null;
                    missed = true;
                    if (!away) {
                        away = true;
                        report(listener::away);
                    }
                    pause(retry);
                    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
                    continue;
                }
            }
            try {
                deliver(session, listening.unwrap(PGConnection.class).getNotifications((int) POLL.toMillis()));
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.INFO, "The connection watching the server broke", e);
                Database.closeQuietly(listening);
                listening = null;
                missed = true;
            }
        }
        Database.closeQuietly(listening);
    }

    /** A closed watch reports nothing more: the database it watched is being let go. */
    private void report(Runnable call) {
        if (!closed) {
            call.run();
        }
    }

    private Connection listen() throws SQLException {
        Connection c = link.openForListening();
        try (Statement st = c.createStatement()) {
            // The channel is made of the checked schema name ([a-z0-9_]); quoted all the same.
            st.execute("LISTEN \"" + channel + "\"");
            return c;
        } catch (SQLException | RuntimeException e) {
            Database.closeQuietly(c);
            throw e;
        }
    }

    private static void probe(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT 1");
        }
    }

    private void deliver(String session, PGNotification[] notices) {
        if (notices == null || notices.length == 0) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean everything = false;
        for (PGNotification notice : notices) {
            if (!channel.equals(notice.getName())) {
                continue;
            }
            ServerChanges.Notice read = ServerChanges.parse(notice.getParameter());
            if (read.session().equals(session)) {
                continue; // this desktop's own change: already planned here
            }
            everything |= read.all();
            ids.addAll(read.ids());
        }
        if (everything) {
            report(listener::changedEverything);
        } else if (!ids.isEmpty()) {
            report(() -> listener.changed(Set.copyOf(ids)));
        }
    }

    private void pause(Duration time) {
        synchronized (wake) {
            if (!closed) {
                try {
                    wake.wait(time.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    private void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * Stops the watch without waiting for it: the app calls this on the JavaFX thread, and the
     * watch's thread may be busy for seconds (connecting to a server that is away). It reports
     * nothing more, cuts a wait for notices short by aborting its connection (a socket close, no
     * lock held; on a thread of its own all the same) and ends by itself, closing what it opened.
     * {@link ServerLink} closes a connection the watch makes for the database after it closed.
     */
    @Override
    public void close() {
        closed = true;
        wake();
        Connection listening = listeningNow;
        if (listening != null) {
            Thread.ofVirtual().name("nudge-server-watch-stop").start(() -> {
                try {
                    listening.abort(Runnable::run);
                } catch (SQLException | RuntimeException e) {
                    LOG.log(Level.FINE, "Aborting the watch's connection", e);
                }
            });
        }
    }

    /** Waits up to {@code time} for the watch's thread to end (tests; never on the JavaFX thread). */
    boolean awaitEnd(Duration time) throws InterruptedException {
        return thread.join(time);
    }
}
