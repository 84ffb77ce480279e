package app.nudge.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a child JVM, started the way a user starts it (the jar's main class,
 * the installers' JVM options), so that a test can SIGKILL it at a chosen moment. It uses the test
 * JVM's own java and class path (target/classes and every dependency). Output goes to files in
 * {@code logFolder}, never to a pipe that could fill up and stall the child.
 */
final class CliChild {

    /** The jar's main class (pom.xml, main.class); failsafe passes it, the default is today's. */
    static final String MAIN_CLASS = System.getProperty("nudge.main.class", "app.nudge.app.Main");

    private final Process process;
    private final long startNanos;
    private final Path stdout;
    private final Path stderr;
    private long endedAtMillis = -1;

    private CliChild(Process process, long startNanos, Path stdout, Path stderr) {
        this.process = process;
        this.startNanos = startNanos;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code nudge ARGS}. {@code dataHome} becomes XDG_DATA_HOME so the child never logs into
     * the real user's data folder.
     */
    static CliChild start(Path logFolder, Path dataHome, String... args) throws IOException {
        Files.createDirectories(logFolder);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        // The installers' options (packaging/jpackage/image.args): the JVM a user's "nudge" starts.
        command.addAll(List.of("-Xmx512m", "-Xms24m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(List.of(args));
        Path out = logFolder.resolve("child.out");
        Path err = logFolder.resolve("child.err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        builder.environment().put("LANG", "C.UTF-8");
        long start = System.nanoTime();
        return new CliChild(builder.start(), start, out, err);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Milliseconds since just before the child was started. */
    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Lets the child run until {@code atMillis} after its start, then kills it with SIGKILL
     * ({@code destroyForcibly}) and waits until it is gone, so its file locks are released. Waiting
     * here is the point: it is the moment of the kill, not a wait for a result; {@code waitFor}
     * returns early if the child ends by itself first.
     *
     * @return whether the child was still running when the kill came
     */
    boolean killAt(long atMillis) throws InterruptedException {
        long remaining = atMillis - elapsedMillis();
        if (remaining > 0 && process.waitFor(remaining, TimeUnit.MILLISECONDS)) {
            endedAtMillis = elapsedMillis();
            return false;
        }
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child survived SIGKILL for 30 s");
        }
        return wasAlive;
    }

    /** Waits for the end (killing the child after {@code timeoutSeconds}); its exit code. */
    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the child did not end within " + timeoutSeconds + " s: " + stderr());
        }
        endedAtMillis = elapsedMillis();
        return process.exitValue();
    }

    /** When the child ended by itself (ms after its start), or -1 if it was killed or has not ended. */
    long endedAtMillis() {
        return endedAtMillis;
    }

    int exitCode() {
        return process.exitValue();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
