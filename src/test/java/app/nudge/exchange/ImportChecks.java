package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Imports through the real command line into a database that already holds data, and checks the outcome. */
final class ImportChecks {

    static final String SEED = "{\"format\":\"nudge\",\"version\":1,\"settings\":{\"yourName\":\"Seed\"},\"applications\":["
            + "{\"id\":\"seed\",\"company\":\"Seed Co\",\"role\":\"Analyst\",\"interviews\":[{\"endedAt\":\"2026-11-16T15:00\"}],"
            + "\"events\":[{\"type\":\"THANK_YOU_SENT\",\"on\":\"2026-11-16\"}]}]}";

    private final CliRunner cli = new CliRunner();
    private final Path folder;
    private final String db;
    private int files;

    /** A database in {@code folder} holding {@link #SEED}. */
    ImportChecks(Path folder) throws IOException {
        this(folder, folder.resolve("nudge").toString());
    }

    /** The database typed as {@code db} (a file or a server schema), holding {@link #SEED}; files in {@code folder}. */
    ImportChecks(Path folder, String db) throws IOException {
        this.folder = folder;
        this.db = db;
        CliRunner.Result seeded = importText(SEED);
        assertEquals(Cli.OK, seeded.exitCode(), seeded.err());
    }

    /** A document of the given applications (JSON objects, comma separated), no settings. */
    static String doc(String applications) {
        return "{\"format\":\"nudge\",\"version\":1,\"applications\":[" + applications + "]}";
    }

    /** One application with {@code extra} fields after company and role. */
    static String app(String extra) {
        return "{\"company\":\"C\",\"role\":\"R\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    CliRunner.Result importText(String json) throws IOException {
        return importBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    CliRunner.Result importBytes(byte[] bytes) throws IOException {
        Path file = folder.resolve("in-" + (files++) + ".json");
        Files.write(file, bytes);
        return cli.run("import", file.toString(), "--db", db);
    }

    String export() {
        CliRunner.Result result = cli.run("export", "--db", db);
        assertEquals(Cli.OK, result.exitCode(), result.err());
        return result.out();
    }

    /** The import is refused with exit 2, exactly {@code message} on one line, and nothing stored changes. */
    void refused(String json, String message) throws IOException {
        refusedBytes(json.getBytes(StandardCharsets.UTF_8), message);
    }

    void refusedBytes(byte[] bytes, String message) throws IOException {
        assertEquals(message, refusal(bytes));
    }

    /** The import is refused with exit 2 and one line that starts with {@code start}; nothing stored changes. */
    void refusedStarting(String json, String start) throws IOException {
        String message = refusal(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(message.startsWith(start), message);
    }

    /** Imports, checks exit 2, one line and the database unchanged; returns the line. */
    String refusal(byte[] bytes) throws IOException {
        String before = export();
        CliRunner.Result result = importBytes(bytes);
        assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
        assertEquals(before, export(), "nothing stored changed");
        return result.err().strip();
    }

    /** The import succeeds; returns the export after it. */
    String imported(String json) throws IOException {
        CliRunner.Result result = importText(json);
        assertEquals(Cli.OK, result.exitCode(), result.err());
        return export();
    }
}
