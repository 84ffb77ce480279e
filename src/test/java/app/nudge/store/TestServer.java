package app.nudge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: the one {@code .ci/pg-server.sh start} runs, found through
 * NUDGE_TEST_PG (an address without schema) and NUDGE_TEST_PG_PASSWORD. The password goes into a
 * pgpass file the driver reads, as a user's would, so the code under test is given none.
 *
 * <p>Without a server the PostgreSQL half of a test is skipped, unless NUDGE_REQUIRE_PG is set
 * (CI sets it), where it fails: CI never passes by leaving the server out.
 */
public final class TestServer {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static volatile boolean passwordFileWritten;

    private TestServer() {
    }

    /** Whether a server is configured; when none is and none is required, the calling test is skipped. */
    public static String address() {
        String address = System.getenv("NUDGE_TEST_PG");
        if (address == null || address.isBlank()) {
            if (System.getenv("NUDGE_REQUIRE_PG") != null) {
                throw new IllegalStateException("NUDGE_REQUIRE_PG is set but NUDGE_TEST_PG is not: start the server with"
                        + " eval \"$(bash .ci/pg-server.sh start)\"");
            }
            Assumptions.abort("no PostgreSQL server for tests (eval \"$(bash .ci/pg-server.sh start)\")");
        }
        writePasswordFile();
        return address.strip();
    }

    public static boolean available() {
        String address = System.getenv("NUDGE_TEST_PG");
        return address != null && !address.isBlank();
    }

    /** A new, empty schema's address on the test server: each test its own search. */
    public static ServerAddress freshSchema() {
        return schema("t_" + RUN + "_" + SCHEMAS.incrementAndGet());
    }

    /** The named schema on the test server (two "desktops" share one by naming it twice). */
    public static ServerAddress schema(String name) {
        return ServerAddress.parse(address() + "?schema=" + name);
    }

    /** A fresh schema with its local folder (backups, plan cache) under {@code folder}. */
    public static DatabasePath freshDatabase(Path folder) {
        return DatabasePath.onServer(freshSchema(), folder);
    }

    private static synchronized void writePasswordFile() {
        if (passwordFileWritten) {
            return;
        }
        String password = System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "");
        try {
            Path file = Files.createTempFile("nudge-test-pgpass", "");
            file.toFile().deleteOnExit();
            Files.writeString(file, "*:*:*:*:" + password.replace("\\", "\\\\").replace(":", "\\:") + "\n");
            // pgjdbc reads this property before PGPASSFILE and ~/.pgpass.
            System.setProperty("org.postgresql.pgpassfile", file.toString());
            passwordFileWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
