package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.i18n.Texts;
import app.nudge.notify.Notifier;
import app.nudge.store.Database;
import app.nudge.store.ServerWatch;
import app.nudge.ui.board.ServerStatusLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.scene.Node;

/**
 * Keeps the window in step with a search on a server: the other desktops' changes are planned here
 * within a second or two (the changed applications only, read again from the store on the database
 * thread), and when the server goes away the window says so, keeps the last plan, and plans
 * everything again once {@link ServerWatch} has reconnected (notices were missed meanwhile). A file
 * needs none of this: {@link #follow} does nothing for one.
 */
final class ServerFollow implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerFollow.class.getName());

    /** What changed elsewhere; called on the database thread. */
    interface Changes {
        void applications(Set<String> ids);

        void everything();
    }

    /** What the window shows about the server; called on the UI executor. */
    interface Status {
        Status NONE = new Status() {
            @Override
            public void away(String host, Instant lastPlan) {
            }

            @Override
            public void back(String host) {
            }
        };

        /** {@code host} cannot be reached; the plan shown was made at {@code lastPlan} (null: none yet). */
        void away(String host, Instant lastPlan);

        void back(String host);

        /** {@code host} could not be reached at start: this computer's copy of its data is being opened. */
        default void openingCopy(String host) {
        }

        /** {@code host} could not be reached at start: this computer's copy of its data, taken at {@code taken}, is shown. */
        default void awayShowingCopy(String host, java.time.LocalDateTime taken) {
            away(host, null);
        }

        /** The copy is shown no more, and not because {@code host} answered (another store was chosen). */
        default void copyGone() {
        }
    }

    /**
     * The status shown in the window: a line under the toolbar (put there through {@code strip}),
     * and a notice when connected again; then {@code connectedAgain} runs too (the window's lines
     * about failures caused by the outage go).
     */
    static Status shownIn(Consumer<Node> strip, Notifier notice, ZoneId zone, Runnable connectedAgain) {
        ServerStatusLine line = new ServerStatusLine(); // hidden while the server can be reached
        strip.accept(line.node());
        return new Status() {
            @Override
            public void away(String host, Instant lastPlan) {
                line.away(host, lastPlan == null ? null : LocalTime.ofInstant(lastPlan, zone));
            }

            @Override
            public void back(String host) {
                line.back();
                connectedAgain.run();
                notice.notify("Nudge", Texts.t("app.server.back", "host", host));
            }

            @Override
            public void openingCopy(String host) {
                line.openingCopy(host);
            }

            @Override
            public void awayShowingCopy(String host, java.time.LocalDateTime taken) {
                line.awayShowingCopy(host, taken);
            }

            @Override
            public void copyGone() {
                line.back();
            }
        };
    }

    private final Executor databaseExecutor;
    private final Executor ui;
    private final Clock clock;
    private final Changes changes;
    private volatile Status status = Status.NONE;
    private volatile Instant lastPlan;
    private ServerWatch watch;
    private volatile CompletableFuture<Void> listening = new CompletableFuture<>();

    ServerFollow(Executor databaseExecutor, Executor ui, Clock clock, Changes changes) {
        this.databaseExecutor = databaseExecutor;
        this.ui = ui;
        this.clock = clock;
        this.changes = changes;
    }

    /** Where the window shows the server's state (the board's status line). */
    void useStatus(Status shown) {
        this.status = shown;
    }

    /** Where the window shows the server's state now. */
    Status status() {
        return status;
    }

    /** A plan was published: the time the window names while the server is away. */
    void planned() {
        lastPlan = clock.instant();
    }

    /** Follows {@code db} from now on (after an open or a restore): the watch of the previous one stops. */
    synchronized void follow(Database db) {
        stopWatch();
        CompletableFuture<Void> listening = new CompletableFuture<>();
        this.listening = listening;
        if (db != null && db.path().isServer()) {
            String host = db.path().server().host();
            watch = ServerWatch.start(db, new ServerWatch.Listener() {
                @Override
                public void changed(Set<String> ids) {
                    databaseExecutor.execute(NamedThreads.logging("re-planning a change made elsewhere",
                            () -> changes.applications(ids)));
                }

                @Override
                public void changedEverything() {
                    databaseExecutor.execute(NamedThreads.logging("re-planning changes made elsewhere", changes::everything));
                }

                @Override
                public void away() {
                    LOG.warning("The server " + host + " cannot be reached; retrying");
                    Instant shown = lastPlan;
                    ui.execute(() -> status.away(host, shown));
                }

                @Override
                public void listening() {
                    changedEverything(); // what changed before the LISTEN was in place
                    listening.complete(null);
                }

                @Override
                public void back() {
                    LOG.info("Connected to the server " + host + " again");
                    changedEverything();
                    ui.execute(() -> status.back(host));
                }
            });
        }
    }

    /** Completes once the watch of the database followed now hears the other desktops (tests wait for it). */
    CompletableFuture<Void> listening() {
        return listening;
    }

    private void stopWatch() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    @Override
    public synchronized void close() {
        stopWatch();
    }
}
