package app.nudge.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.app.InstanceLock;
import app.nudge.common.OwnerOnly;
import app.nudge.store.DatabasePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One desktop app per database, checked with real processes. */
class SingleInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondLaunchAsksTheFirstToShowItselfAndEnds() throws Exception {
        DatabasePath db = new DatabasePath(folder.resolve("nudge"));
        try (ChildJvm first = ChildJvm.start(HoldInstance.class, db.base().toString())) {
            assertTrue(first.awaitLine("first", Duration.ofSeconds(20)), first.stderr());

            InstanceLock.Result here = InstanceLock.acquire(db);
            assertEquals(InstanceLock.State.ALREADY_RUNNING, here.state());
            assertTrue(InstanceLock.signalShow(db, Duration.ofSeconds(5)));
            assertTrue(first.awaitLine("shown", Duration.ofSeconds(10)));

            // The real entry point, as a second desktop launch: it never opens a window.
            try (ChildJvm second = ChildJvm.start("app.nudge.app.Main", "--db", db.base().toString())) {
                assertEquals(0, second.exitCode(Duration.ofSeconds(30)), second.stderr());
                assertTrue(second.restOfStdout().contains("Nudge is already open with this data; brought it to the front."));
            }
            assertTrue(first.awaitLine("shown", Duration.ofSeconds(10)));

            Path info = folder.resolve("nudge.instance");
            assertTrue(Files.exists(info));
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(info), "the port and token are the user's only");
            }

            first.kill();
            // The OS released the lock with the killed process: a new launch is the first again,
            // even though the killed one left its .instance file behind.
            InstanceLock.Result after = InstanceLock.acquire(db);
            assertEquals(InstanceLock.State.FIRST, after.state());
            assertNotNull(after.lock());
            after.lock().close();
        }
    }

    @Test
    void aLaunchWhileTheWindowClosesIsToldToWaitAndGetsTheDataOnceTheFirstEnded() {
        DatabasePath db = new DatabasePath(folder.resolve("nudge"));
        InstanceLock.Result first = InstanceLock.acquire(db);
        java.util.concurrent.atomic.AtomicInteger shown = new java.util.concurrent.atomic.AtomicInteger();
        first.lock().onShow(shown::incrementAndGet);
        first.lock().closing(); // Ctrl+Q: the pictures and the database's close take a moment

        assertEquals(InstanceLock.Answer.CLOSING, InstanceLock.ask(db, Duration.ofSeconds(5)));
        assertEquals(0, shown.get(), "a closing app shows no window: the launch would end with nothing on screen");
        assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquireOnceClosed(db, Duration.ofMillis(300)).state(),
                "not before the first has ended");

        java.util.concurrent.CompletableFuture.runAsync(() -> first.lock().close(),
                java.util.concurrent.CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        InstanceLock.Result second = InstanceLock.acquireOnceClosed(db, Duration.ofSeconds(10));
        assertEquals(InstanceLock.State.FIRST, second.state(), "the second launch opens the data once the first ended");
        second.lock().close();
    }

    @Test
    void aStaleInstanceFileIsNotTakenForARunningApp() throws Exception {
        DatabasePath db = new DatabasePath(folder.resolve("nudge"));
        Files.writeString(folder.resolve("nudge.instance"), "1 deadbeef\n");
        assertFalse(InstanceLock.signalShow(db, Duration.ofMillis(300)));
        InstanceLock.Result result = InstanceLock.acquire(db);
        assertEquals(InstanceLock.State.FIRST, result.state());
        result.lock().close();
        assertFalse(Files.exists(folder.resolve("nudge.instance")), "closing removes the port file");
    }

    @Test
    void aRequestThatComesBeforeTheWindowIsReadyIsKeptForIt() {
        DatabasePath db = new DatabasePath(folder.resolve("nudge"));
        InstanceLock.Result first = InstanceLock.acquire(db);
        try {
            assertTrue(InstanceLock.signalShow(db, Duration.ofSeconds(5)), "answered while the window is being built");
            java.util.concurrent.atomic.AtomicInteger shown = new java.util.concurrent.atomic.AtomicInteger();
            first.lock().onShow(shown::incrementAndGet);
            assertEquals(1, shown.get(), "the early request is not lost");
            first.lock().onShow(shown::incrementAndGet);
            assertEquals(1, shown.get(), "and runs once");
        } finally {
            first.lock().close();
        }
    }

    @Test
    void twoLocksInOneJvmAlsoExclude() {
        DatabasePath db = new DatabasePath(folder.resolve("nudge"));
        InstanceLock.Result a = InstanceLock.acquire(db);
        try {
            assertEquals(InstanceLock.State.FIRST, a.state());
            assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquire(db).state());
        } finally {
            a.lock().close();
        }
    }
}
