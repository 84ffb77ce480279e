package app.nudge.app;

import app.nudge.common.OwnerOnly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The desktop app's log: {@code logs/nudge-0.log} .. {@code nudge-4.log} in the data folder, 1 MB
 * each, rotating, owner-only. Our log messages name no company, contact or message text; exception
 * messages can quote stored values (H2 puts row values in constraint errors), so the formatter
 * writes an exception's class and stack frames but never its message.
 */
public final class LogFiles {

    static final int LIMIT_BYTES = 1_000_000;
    static final int COUNT = 5;

    private LogFiles() {
    }

    /** Adds the rotating file handler to the root logger; empty when the folder cannot be used. */
    public static Optional<FileHandler> install(Path dataFolder) {
        try {
            Path logs = OwnerOnly.createFolder(dataFolder.resolve("logs"));
            FileHandler handler = new FileHandler(logs.resolve("nudge-%g.log").toString(), LIMIT_BYTES, COUNT, true);
            handler.setFormatter(new PrivateFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(logs)) {
                files.forEach(OwnerOnly::restrict);
            }
            return Optional.of(handler);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(LogFiles.class.getName()).log(Level.WARNING, "No log file: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** One line per record; exceptions as class names and frames only, never their messages. */
    static final class PrivateFormatter extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(t == record.getThrown() ? "  thrown: " : "  caused by: ").append(t.getClass().getName())
                        .append(System.lineSeparator());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 12); i++) {
                    line.append("    at ").append(frames[i]).append(System.lineSeparator());
                }
            }
            return line.toString();
        }
    }

    /** For tests: what the formatter writes. */
    static String render(LogRecord record) {
        StringWriter out = new StringWriter();
        new PrintWriter(out).append(new PrivateFormatter().format(record)).flush();
        return out.toString();
    }
}
