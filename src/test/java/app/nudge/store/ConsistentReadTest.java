package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An export, a backup or a copy reads a server's schema at one moment, whatever another desktop commits meanwhile. */
@Timeout(60)
class ConsistentReadTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCommitByAnotherDesktopBetweenTwoReadsIsNotHalfSeen(boolean snapshot) {
        DatabasePath path = TestServer.freshDatabase(folder);
        try (Database db = Database.openOrCreate(path); Database other = Database.openExisting(path)) {
            ApplicationRepository mine = new ApplicationRepository(db);
            mine.save(Application.of("acme", "Acme", "Engineer"));
            java.util.function.Supplier<List<Integer>> reads = () -> {
                int before = mine.count();
                new ApplicationRepository(other).save(Application.of("bolt", "Bolt", "Tester"));
                return List.of(before, mine.count());
            };
            List<Integer> seen = snapshot ? ConsistentRead.of(db, reads) : reads.get();
            // Without the snapshot the second read sees the other desktop's commit: the control case.
            assertEquals(snapshot ? List.of(1, 1) : List.of(1, 2), seen);
            assertEquals(2, mine.count(), "after the snapshot, the new commit is seen");
        }
    }
}
