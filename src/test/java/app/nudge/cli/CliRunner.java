package app.nudge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** Runs the command line in-process and keeps what it printed. */
public final class CliRunner {

    public record Result(int exitCode, String out, String err) {
    }

    private final Clock clock;
    private final Locale locale;

    public CliRunner(LocalDate today, Locale locale) {
        this.clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
        this.locale = locale;
    }

    public CliRunner() {
        this(LocalDate.of(2026, 11, 23), Locale.US);
    }

    public Result run(String... args) {
        return runWithInput(null, args);
    }

    /** Runs with {@code stdin} as standard input (null: none, as when nothing is piped in). */
    public Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            java.io.InputStream in = stdin == null ? java.io.InputStream.nullInputStream()
                    : new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
            code = new Cli(new CliContext(o, e, clock, locale, in)).run(args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
