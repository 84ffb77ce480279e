package app.nudge.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run while another process has the database open: exit 3 and what to do, no stack trace. */
class InUseTest {

    @TempDir
    Path folder;

    @Test
    void aCommandOnADatabaseOpenElsewhereExitsWithThreeAndSaysWhatToDo() throws Exception {
        String db = folder.resolve("nudge").toString();
        try (ChildJvm holder = ChildJvm.start(HoldDatabase.class, db)) {
            assertTrue(holder.awaitLine("open", Duration.ofSeconds(20)), holder.stderr());
            try (ChildJvm export = ChildJvm.start("app.nudge.app.Main", "export", "--db", db)) {
                assertEquals(3, export.exitCode(Duration.ofSeconds(30)), export.stderr());
                String err = export.stderr();
                assertTrue(err.contains("Nudge is open with this data"), err);
                assertTrue(err.contains("close it, or run the command with --db on a copy"), err);
                assertTrue(!err.contains("\tat "), "no stack trace: " + err);
            }
            try (ChildJvm restore = ChildJvm.start("app.nudge.app.Main", "restore", "latest", "--db", db)) {
                assertEquals(3, restore.exitCode(Duration.ofSeconds(30)), restore.stderr());
            }
        }
    }
}
