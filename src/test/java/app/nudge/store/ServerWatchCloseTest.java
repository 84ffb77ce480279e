package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app stops a watch on the JavaFX thread (switching the store, quitting): that must not wait
 * for the watch's own thread, which may be busy for seconds (a connection to a server that is away
 * takes up to its connect timeout), or the window freezes.
 */
@Timeout(60)
class ServerWatchCloseTest {

    @TempDir
    Path folder;

    @Test
    void closeReturnsAtOnceWhileTheWatchIsBusyAndNothingIsReportedAfter() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean reportedAfterClose = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        ServerWatch.Listener slow = new ServerWatch.Listener() {
            @Override
            public void changed(Set<String> ids) {
                reportedAfterClose.compareAndSet(false, closed.get());
            }

            @Override
            public void changedEverything() {
                reportedAfterClose.compareAndSet(false, closed.get());
            }

            @Override
            public void away() {
                reportedAfterClose.compareAndSet(false, closed.get());
            }

            @Override
            public void back() {
                reportedAfterClose.compareAndSet(false, closed.get());
            }

            @Override
            public void listening() {
                busy.countDown();
                try { // the watch thread is held here, as a slow reconnect would hold it
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Database db = Database.openOrCreate(TestServer.freshDatabase(folder))) {
            ServerWatch watch = ServerWatch.start(db, slow);
            assertTrue(busy.await(20, TimeUnit.SECONDS), "the watch started listening");

            assertTimeoutPreemptively(Duration.ofMillis(500), watch::close, "close waited for the watch's thread");
            closed.set(true);

            release.countDown();
            assertTrue(watch.awaitEnd(Duration.ofSeconds(5)), "the watch ended by itself once free");
            assertFalse(reportedAfterClose.get(), "a closed watch reported something");
        }
    }
}
