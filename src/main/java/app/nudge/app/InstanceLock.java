package app.nudge.app;

import app.nudge.common.AtomicFiles;
import app.nudge.common.OwnerOnly;
import app.nudge.store.DatabasePath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One desktop app per database. The first launch holds an OS file lock on {@code nudge.instance.lock}
 * (released by the OS however the process ends, even on kill -9) and listens on a loopback port,
 * written with a random token to {@code nudge.instance} (owner-only). A second launch finds the
 * lock taken, sends the token and "show", and the first brings its window to the front.
 */
public final class InstanceLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    static final String SHOW = "show";

    /** What the running launch answered a second one ({@link #ask}). */
    public enum Answer {
        /** It brought its window to the front. */
        SHOWN,
        /** Its window is closing: the data is free once it has ended ({@link #acquireOnceClosed}). */
        CLOSING,
        /** No launch answered (none runs, or it could not be reached). */
        NONE
    }

    /** What {@link #acquire} found. */
    public enum State { FIRST, ALREADY_RUNNING, UNAVAILABLE }

    /** The result: the lock when this launch is the first one. */
    public record Result(State state, InstanceLock lock) {
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path infoFile;
    /** Null until the app says what showing means; a request before that waits for it. */
    private Runnable onShow;
    private boolean showRequested;
    /** Set as the window closes: a second launch is told to wait for the end, not that the window shows. */
    private volatile boolean closing;

    private InstanceLock(FileChannel channel, FileLock lock, ServerSocket server, Path infoFile) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.infoFile = infoFile;
    }

    static Path lockFile(DatabasePath db) {
        return db.base().resolveSibling(db.base().getFileName() + ".instance.lock");
    }

    static Path infoFile(DatabasePath db) {
        return db.base().resolveSibling(db.base().getFileName() + ".instance");
    }

    /** Takes the lock for {@code db}, or finds that another launch holds it. */
    public static Result acquire(DatabasePath db) {
        FileChannel channel = null;
        try {
            OwnerOnly.createFolder(db.folder());
            channel = FileChannel.open(lockFile(db), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.restrict(lockFile(db));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held in this very JVM
            }
            if (lock == null) {
                channel.close();
                return new Result(State.ALREADY_RUNNING, null);
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            writeInfo(infoFile(db), server.getLocalPort(), token);
            InstanceLock result = new InstanceLock(channel, lock, server, infoFile(db));
            Thread listener = new Thread(() -> result.listen(token), "nudge-instance");
            listener.setDaemon(true);
            listener.start();
            return new Result(State.FIRST, result);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Single-instance check unavailable", e);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
            return new Result(State.UNAVAILABLE, null);
        }
    }

    /** Owner-only before the token goes in, and whole or not at all for a second launch reading it. */
    private static void writeInfo(Path info, int port, String token) throws IOException {
        AtomicFiles.writePrivate(info, out -> out.write((port + " " + token + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What to run (on the listener thread, or here) when a second launch asks for the window. A
     * request that came before this was set (the window was still being built) runs it at once.
     */
    public void onShow(Runnable action) {
        boolean requested;
        synchronized (this) {
            onShow = action;
            requested = showRequested;
            showRequested = false;
        }
        if (requested) {
            action.run();
        }
    }

    private void showRequested() {
        Runnable action;
        synchronized (this) {
            action = onShow;
            showRequested = action == null;
        }
        if (action != null) {
            action.run();
        }
    }

    private void listen(String token) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                OutputStream out = socket.getOutputStream();
                if ((token + " " + SHOW).equals(line) && closing) {
                    out.write((Answer.CLOSING.name() + "\n").getBytes(StandardCharsets.UTF_8));
                } else if ((token + " " + SHOW).equals(line)) {
                    showRequested();
                    out.write("ok\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write("no\n".getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "A single-instance request failed", e);
                }
            }
        }
    }

    /**
     * The window is closing (the app stops): from now on a second launch is answered
     * {@link Answer#CLOSING}, as this one can no longer show a window; it waits for this one to end.
     */
    public void closing() {
        closing = true;
    }

    /**
     * The lock of {@code db} once the launch holding it has ended (it said it is closing: its last
     * writes take a moment); {@link State#ALREADY_RUNNING} still if it has not within {@code timeout}.
     */
    public static Result acquireOnceClosed(DatabasePath db, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Result result = acquire(db);
        while (result.state() == State.ALREADY_RUNNING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            result = acquire(db);
        }
        return result;
    }

    /** Asks the running launch for {@code db} to show its window; true when it did (see {@link #ask}). */
    public static boolean signalShow(DatabasePath db, Duration timeout) {
        return ask(db, timeout) == Answer.SHOWN;
    }

    /**
     * Asks the running launch for {@code db} to show its window, and what it answered. Waits up to
     * {@code timeout} for it to publish its port (it may be starting at this very moment).
     */
    public static Answer ask(DatabasePath db, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            try {
                List<String> words = List.of(Files.readString(infoFile(db), StandardCharsets.UTF_8).strip().split(" "));
                if (words.size() == 2) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(words.get(0))), 1000);
                        socket.setSoTimeout(3000);
                        socket.getOutputStream().write((words.get(1) + " " + SHOW + "\n").getBytes(StandardCharsets.UTF_8));
                        socket.getOutputStream().flush();
                        String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
                        if ("ok".equals(reply)) {
                            return Answer.SHOWN;
                        }
                        if (Answer.CLOSING.name().equals(reply)) {
                            return Answer.CLOSING;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not published yet, or a stale file: try again until the deadline
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Answer.NONE;
            }
        } while (System.nanoTime() < deadline);
        return Answer.NONE;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        try {
            Files.deleteIfExists(infoFile);
        } catch (IOException ignored) {
            // a stale info file is harmless: its port no longer answers with the token
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
