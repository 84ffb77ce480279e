package app.nudge.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the command line in-process as {@link CliRunner} does, with the local folders of servers
 * under {@code dataFolder} (never the user's own) and a scripted password prompt that records
 * every question it was asked.
 */
final class ServerCli {

    private final Path dataFolder;
    private final List<String> answers = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    ServerCli(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The prompt answers {@code password} next (without any answer queued, it behaves as no terminal). */
    ServerCli answering(String password) {
        answers.add(password);
        return this;
    }

    private Optional<char[]> ask(String question) {
        questions.add(question);
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0).toCharArray());
    }

    CliRunner.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CliContext context = new CliContext(o, e, clock, Locale.US, InputStream.nullInputStream(),
                    new ServerLogin(this::ask), dataFolder);
            code = new Cli(context).run(args);
        }
        return new CliRunner.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
