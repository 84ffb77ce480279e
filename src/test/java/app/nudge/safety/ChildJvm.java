package app.nudge.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child JVM on the test class path, with the same java as the tests; its output read line by line. */
public final class ChildJvm implements AutoCloseable {

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final StringBuilder err = new StringBuilder();
    private final Thread errReader;

    private ChildJvm(Process process) {
        this.process = process;
        Thread outReader = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true), "child-out");
        outReader.setDaemon(true);
        outReader.start();
        errReader = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false), "child-err");
        errReader.setDaemon(true);
        errReader.start();
    }

    private void pump(BufferedReader reader, boolean isOut) {
        try (reader) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (isOut) {
                    out.add(line);
                } else {
                    synchronized (err) {
                        err.append(line).append('\n');
                    }
                }
            }
        } catch (IOException ignored) {
            // the process went away
        } finally {
            if (isOut) {
                out.add(EOF);
            }
        }
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(main.getName(), args);
    }

    public static ChildJvm start(String main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx128m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C.UTF-8");
        return new ChildJvm(builder.start());
    }

    /** The next line of stdout, or null at its end or after {@code timeout}. */
    public String nextLine(Duration timeout) throws InterruptedException {
        String line = out.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(EOF)) {
            if (line != null) {
                out.add(EOF);
            }
            return null;
        }
        return line;
    }

    /** Reads stdout until a line equals {@code expected}; false at the end or the timeout. */
    public boolean awaitLine(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = nextLine(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (line == null) {
                return false;
            }
            if (line.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the exit; -1 if it did not end within {@code timeout} (then it is killed). */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        errReader.join(2000);
        return process.exitValue();
    }

    public String stderr() {
        synchronized (err) {
            return err.toString();
        }
    }

    /** Everything left on stdout after the process ended. */
    public String restOfStdout() throws InterruptedException {
        StringBuilder all = new StringBuilder();
        for (String line = nextLine(Duration.ofSeconds(5)); line != null; line = nextLine(Duration.ofSeconds(5))) {
            all.append(line).append('\n');
        }
        return all.toString();
    }

    public Process process() {
        return process;
    }

    /** SIGKILL, and waits until the process is gone (so its file locks are released). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
