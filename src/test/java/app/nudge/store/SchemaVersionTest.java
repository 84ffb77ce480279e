package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    /** For each vendor, the shared scripts and its own (db/vendor/NAME) together reach CURRENT. */
    @Test
    void currentIsTheHighestMigrationShipped() throws IOException {
        for (String vendor : new String[] {"h2", "postgresql"}) {
            int highest = Math.max(highest(Path.of("src/main/resources/db/migration")),
                    highest(Path.of("src/main/resources/db/vendor", vendor)));
            assertEquals(highest, SchemaVersion.CURRENT,
                    "a new migration must raise SchemaVersion.CURRENT, or start-up would skip it (" + vendor + ")");
        }
    }

    private static int highest(Path folder) throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> name.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
    }
}
