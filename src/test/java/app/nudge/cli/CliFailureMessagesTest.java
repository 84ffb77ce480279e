package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nudge.common.ErrorMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A command that fails in a way nobody planned for still prints one plain line and exits 1. */
@Timeout(30)
class CliFailureMessagesTest {

    private record Failing(Supplier<RuntimeException> failure) implements Command {
        @Override
        public String name() {
            return "fail";
        }

        @Override
        public String usage() {
            return "usage: nudge fail";
        }

        @Override
        public Set<String> valuedOptions() {
            return Set.of();
        }

        @Override
        public int run(CommandLine line, CliContext context) {
            throw failure.get();
        }
    }

    private static String[] run(Supplier<RuntimeException> failure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Cli cli = new Cli(new CliContext(o, e, Clock.systemUTC(), Locale.US));
            cli.register(new Failing(failure));
            code = cli.run("fail");
        }
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anUnexpectedFailureWithSqlInsideShowsNeitherTheStatementNorTheClass() {
        String[] result = run(() -> new IllegalStateException(
                "Column \"SECRET\" not found; SQL statement:\nSELECT secret FROM application [42122-252]"));

        assertEquals("1", result[0]);
        assertEquals(ErrorMessages.generic() + System.lineSeparator(), result[2]);
        assertFalse(result[2].contains("IllegalStateException"));
        assertEquals("", result[1]);
    }

    @Test
    void aMissingFileNamesTheFile() {
        String[] result = run(() -> new UncheckedIOException(new NoSuchFileException("/tmp/none/applications.csv")));

        assertEquals("1", result[0]);
        assertEquals("The file /tmp/none/applications.csv does not exist." + System.lineSeparator(), result[2]);
    }

    @Test
    void aFailureWithoutAMessageIsStillOnePlainLine() {
        String[] result = run(() -> new UncheckedIOException(new IOException()));

        assertEquals("1", result[0]);
        assertEquals(1, result[2].lines().count());
        assertFalse(result[2].contains("Exception"), result[2]);
    }
}
