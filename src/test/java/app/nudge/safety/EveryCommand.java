package app.nudge.safety;

import app.nudge.cli.CliRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs every command of the command line on one database, in this JVM (a JVM start per command
 * would cost more than the kill it checks), and says which ones failed. The database is named only
 * by its path: nothing here knows how the store keeps it.
 */
final class EveryCommand {

    /** The read commands' answers and the first one's export, or why some failed. */
    record Answers(String export, List<String> problems) {
        boolean allWorked() {
            return problems.isEmpty();
        }
    }

    /** Held so the setting stays (JUL keeps loggers weakly): Flyway's notes at every open are noise here. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.SEVERE);
    }

    private final CliRunner cli;
    private final String draftId;

    /** {@code draftId}: an application that has a step planned on {@code today} in every state tried. */
    EveryCommand(LocalDate today, String draftId) {
        this.cli = new CliRunner(today, Locale.US);
        this.draftId = draftId;
    }

    /** The canonical export, or null with a problem when it fails. */
    String export(Path db, List<String> problems) {
        CliRunner.Result result = cli.run("export", "--db", db.toString());
        if (result.exitCode() != 0) {
            problems.add("export exited " + result.exitCode() + ": " + firstLine(result.err()));
            return null;
        }
        return result.out();
    }

    /**
     * export, plan, due, draft, export-csv, export-ics and backups, each of which must exit 0
     * ({@code draft}'s documented exit 2 means "nothing planned", which cannot happen for the id
     * chosen). {@code scratch} takes the files the exports write, outside the database's folder.
     */
    Answers readCommands(Path db, Path scratch) throws IOException {
        List<String> problems = new ArrayList<>();
        String export = export(db, problems);
        String base = db.toString();
        Files.createDirectories(scratch);
        expectZero(problems, "plan", "--db", base);
        expectZero(problems, "due", "--db", base);
        expectZero(problems, "draft", draftId, "--db", base);
        expectZero(problems, "export-csv", "--db", base, "--out", scratch.resolve("csv").toString(), "--force");
        expectZero(problems, "export-ics", "--db", base, "--out", scratch.resolve("plan.ics").toString(), "--force");
        expectZero(problems, "backups", "--db", base);
        return new Answers(export, problems);
    }

    /**
     * A small import on top of whatever is there: it must work, and its application ({@code id},
     * interviewed today) must then be there, which {@code draft} shows more cheaply than an export
     * of ten thousand applications (it exits 2 for an unknown id).
     */
    List<String> smallImport(Path db, Path file, String id) {
        List<String> problems = new ArrayList<>();
        if (expectZero(problems, "import", file.toString(), "--db", db.toString())) {
            expectZero(problems, "draft", id, "--db", db.toString());
        }
        return problems;
    }

    /** Runs a command that must exit with {@code code}; false (and a problem) otherwise. */
    boolean expect(List<String> problems, int code, String... args) {
        CliRunner.Result result = cli.run(args);
        if (result.exitCode() == code) {
            return true;
        }
        problems.add(args[0] + " exited " + result.exitCode() + " (expected " + code + "): "
                + firstLine(result.err().isBlank() ? result.out() : result.err()));
        return false;
    }

    private boolean expectZero(List<String> problems, String... args) {
        return expect(problems, 0, args);
    }

    /** How many applications an export holds (each has one "company" line), for messages. */
    static long applicationCount(String export) {
        return export.lines().filter(line -> line.strip().startsWith("\"company\"")).count();
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("(nothing printed)");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /**
     * Every file and folder under {@code root}, relative to it, with '/' between names: what a user
     * would find in the folder after the case.
     */
    static List<String> listing(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
