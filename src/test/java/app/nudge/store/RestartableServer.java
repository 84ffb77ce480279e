package app.nudge.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of a test's own, which the test may stop, start and crash: started by the
 * same script as the shared one ({@code .ci/pg-server.sh}) on another port and folder, so the
 * shared server other tests use is never touched. Needs the shared server's settings to be there
 * (NUDGE_TEST_PG, or the test is skipped as {@link TestServer} says); the port is
 * NUDGE_TEST_PG_OWN_PORT (54340 by default).
 */
public final class RestartableServer implements BeforeAllCallback, AfterAllCallback {

    private final int port;
    private final Path folder;

    private RestartableServer(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    /**
     * The test class's own server, as a field {@code @RegisterExtension static final
     * RestartableServer server = RestartableServer.forTheClass();}: started (created when needed)
     * before the class's first test, and left running after its last, whatever a failed test left.
     */
    public static RestartableServer forTheClass() {
        int port = Integer.parseInt(System.getenv().getOrDefault("NUDGE_TEST_PG_OWN_PORT", "54340"));
        return new RestartableServer(port, Path.of(System.getProperty("java.io.tmpdir"), "nudge-pg-own-" + port));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServer.address(); // skips without a server to test on; writes the password file the driver reads
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (TestServer.available()) {
            start(); // as it was found
        }
    }

    /** A new schema's address on this server (same user, password and database as the shared one). */
    public ServerAddress freshSchema(String prefix) {
        return ServerAddress.parse("postgresql://nudge@127.0.0.1:" + port + "/nudge_test?schema=" + prefix + "_"
                + Long.toHexString(System.nanoTime()));
    }

    public void start() {
        script("start");
    }

    /** Stops as an administrator would: clients are told and disconnected. */
    public void stop() {
        script("stop");
    }

    /** A crash: every server process ends at once, nothing written after that, no goodbye to clients. */
    public void crash() {
        run(List.of(bin("pg_ctl"), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"), true);
    }

    private void script(String command) {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of(".ci", "pg-server.sh").toAbsolutePath().toString(), command);
        builder.environment().put("NUDGE_PG_PORT", String.valueOf(port));
        builder.environment().put("NUDGE_PG_DIR", folder.toString());
        await(builder);
    }

    private void run(List<String> command, boolean asServerUser) {
        List<String> full = new ArrayList<>();
        if (asServerUser && "root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--")); // PostgreSQL refuses to run as root
        }
        full.addAll(command);
        await(new ProcessBuilder(full));
    }

    private static void await(ProcessBuilder builder) {
        try {
            Process process = builder.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(builder.command() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(builder.command() + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bin(String program) {
        String dir = System.getenv("NUDGE_TEST_PG_BIN");
        if (dir == null || dir.isBlank()) {
            try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                dir = versions.map(v -> v.resolve("bin")).filter(Files::isDirectory).sorted().reduce((x, y) -> y)
                        .orElseThrow().toString();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL's programs not found", e);
            }
        }
        return Path.of(dir, program).toString();
    }
}
