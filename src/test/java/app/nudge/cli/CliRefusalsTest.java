package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "one-line answers": every refusal of the command line is one line in our own words:
 * exit 2 naming the option, argument or field at fault, exit 3 saying what to do; never an SQL
 * statement, an exception class, a package name, an H2 error code or a stack trace.
 */
@Timeout(180)
class CliRefusalsTest {

    /** Words that belong to the libraries, never to a message for the user. */
    private static final Pattern NOT_OURS = Pattern.compile(
            "SQL statement|Exception|org\\.h2|org\\.flyway|\\[\\d{5}-\\d+]|\\bat [\\w.$]+\\(|\\bSELECT\\b|\\bDELETE\\b|\\bINSERT\\b");

    private record Case(String name, int exitCode, String mustName, String... args) {
    }

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();
    private String good;
    private Path example;

    @BeforeEach
    void storeTheWorkedExample() throws IOException {
        example = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, example);
        }
        good = folder.resolve("good").toString();
        assertEquals(Cli.OK, cli.run("import", example.toString(), "--db", good).exitCode());
    }

    @Test
    void everyRefusalIsOneLineInOurOwnWords() throws IOException, SQLException {
        Path outFolder = Files.createDirectory(folder.resolve("out"));
        Path existing = Files.writeString(folder.resolve("existing.json"), "{}");
        Path plainFile = Files.writeString(folder.resolve("plain.txt"), "x");
        Files.createDirectory(folder.resolve("dbfolder.mv.db"));
        Path damaged = randomBytes(folder.resolve("damaged.mv.db"), 64 * 1024);
        Path cut = randomBytes(folder.resolve("cut.mv.db"), 100);
        String tooNew = tooNew();
        Path notJson = Files.writeString(folder.resolve("not.json"), "this is not json {");
        Path badField = Files.writeString(folder.resolve("bad-field.json"), "{\"format\": \"nudge\", \"version\": 1,"
                + " \"applications\": [{\"company\": \"A\", \"role\": \"B\", \"appliedOn\": \"2026-02-30\"}]}");
        Path badRowCsv = Files.writeString(folder.resolve("bad.csv"), "Company,Position,Date Applied\nAcme,,2026-13-01\n");
        String none = folder.resolve("none").toString();
        Path badMapping = Files.writeString(folder.resolve("m.json"), "{\"company\": ");
        Path unknownField = Files.writeString(folder.resolve("m.properties"), "employer=Firm\n");

        List<Case> cases = new ArrayList<>(List.of(
                new Case("import of a missing file", 2, "missing.json", "import", folder.resolve("missing.json").toString(), "--db", good),
                new Case("import of a folder", 2, "out", "import", outFolder.toString(), "--db", good),
                new Case("import of a file that is not JSON", 2, "", "import", notJson.toString(), "--db", good),
                new Case("import of a bad date", 2, "applications[0].appliedOn", "import", badField.toString(), "--db", good),
                new Case("export --out a folder", 2, "--out", "export", "--db", good, "--out", outFolder.toString()),
                new Case("export --out a folder --force", 2, "--out", "export", "--db", good, "--out", outFolder.toString(), "--force"),
                new Case("export --out a new folder/", 2, "--out", "export", "--db", good, "--out", folder.resolve("new") + "/"),
                new Case("export --out an existing file", 2, "--force", "export", "--db", good, "--out", existing.toString()),
                new Case("export --out below a file", 2, "--out", "export", "--db", good, "--out", plainFile.resolve("x.json").toString()),
                new Case("export --out empty", 2, "--out", "export", "--db", good, "--out", ""),
                new Case("export-ics --out a folder", 2, "--out", "export-ics", "--db", good, "--out", outFolder.toString()),
                new Case("export-csv --out a file", 2, "--out", "export-csv", "--db", good, "--out", plainFile.toString()),
                new Case("--db whose file is a folder (import)", 2, "--db", "import", example.toString(), "--db", folder.resolve("dbfolder").toString()),
                new Case("--db whose file is a folder (plan)", 2, "--db", "plan", "--db", folder.resolve("dbfolder.mv.db").toString()),
                new Case("--db naming a folder", 2, "--db", "plan", "--db", outFolder.toString()),
                new Case("--db empty", 2, "--db", "plan", "--db", ""),
                new Case("--db without a value", 2, "--db", "plan", "--db"),
                new Case("--db without a value before the command", 2, "--db", "--db"),
                new Case("--db with ';'", 2, "--db", "plan", "--db", folder.resolve("x;INIT=RUNSCRIPT FROM 'y'").toString()),
                new Case("unknown command", 2, "plan2", "plan2"),
                new Case("unknown option", 2, "--tody", "plan", "--db", good, "--tody", "2026-12-01"),
                new Case("extra argument", 2, "extra", "plan", "--db", good, "extra"),
                new Case("export FILE (meant --out FILE)", 2, "--out mine.json", "export", "--db", good, "mine.json"),
                new Case("bad --today in plan", 2, "--today", "plan", "--db", good, "--today", "12/12/2026"),
                new Case("bad --today in due", 2, "--today", "due", "--db", good, "--today", "2026-02-30"),
                new Case("bad --today in draft", 2, "--today", "draft", "acme-ba", "--db", good, "--today", "tomorrow"),
                new Case("bad --country", 2, "--country", "plan", "--db", good, "--country", "XX"),
                new Case("bad --holidays", 2, "--holidays", "plan", "--db", good, "--holidays", "all"),
                new Case("--country with --holidays", 2, "--country", "plan", "--db", good, "--country", "US", "--holidays", "none"),
                new Case("bad --preset", 2, "--preset", "due", "--db", good, "--preset", "FAST"),
                new Case("draft without an id", 2, "APPLICATION_ID", "draft", "--db", good),
                new Case("draft of an unknown id", 2, "APPLICATION_ID", "draft", "nope", "--db", good),
                new Case("draft --variant unknown", 2, "--variant", "draft", "acme-ba", "--db", good, "--today", "2026-12-16", "--variant", "rude"),
                new Case("draft --to unknown", 2, "--to", "draft", "acme-ba", "--db", good, "--today", "2026-12-16", "--to", "Nobody"),
                new Case("import-csv --mapping missing", 2, "--mapping", "import-csv", badRowCsv.toString(), "--db", good, "--mapping", "nope.properties"),
                new Case("import-csv --mapping not JSON", 2, "--mapping", "import-csv", badRowCsv.toString(), "--db", good, "--mapping", badMapping.toString()),
                new Case("import-csv --mapping unknown field", 2, "--mapping", "import-csv", badRowCsv.toString(), "--db", good, "--mapping", unknownField.toString()),
                new Case("import-csv of a missing file", 2, "nope.csv", "import-csv", folder.resolve("nope.csv").toString(), "--db", good),
                new Case("restore of a file that is no backup", 2, "backup", "restore", plainFile.toString(), "--db", good),
                new Case("plan on no database", 3, "--db", "plan", "--db", none),
                new Case("export on no database", 3, "--db", "export", "--db", none),
                new Case("restore latest without backups", 3, "--db", "restore", "latest", "--db", none),
                new Case("plan on a damaged database", 3, "restore", "plan", "--db", damaged.toString()),
                new Case("import into a damaged database", 3, "restore", "import", example.toString(), "--db", damaged.toString()),
                new Case("export of a cut database", 3, "restore", "export", "--db", cut.toString()),
                new Case("plan on a database from a newer Nudge", 3, "Update Nudge", "plan", "--db", tooNew),
                new Case("import into a database from a newer Nudge", 3, "Update Nudge", "import", example.toString(), "--db", tooNew)));

        List<String> failures = new ArrayList<>();
        int held = 0;
        for (Case c : cases) {
            held += check(c, cli.run(c.args()), failures) ? 1 : 0;
        }
        held += checkWhileOpenInAnotherProcess(failures) ? 1 : 0;
        CliRunner.Result badRows = cli.run("import-csv", badRowCsv.toString(), "--db", good, "--yes");
        held += check(new Case("import-csv with a bad row", 2, "row 2", "import-csv"),
                new CliRunner.Result(badRows.exitCode(), "", badRows.err()), failures) ? 1 : 0; // the preview is on stdout
        int tried = cases.size() + 2;
        System.out.println("CliRefusalsTest: " + tried + " refusal cases tried, " + held + " held");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        try (var files = Files.walk(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file is left");
        }
        assertEquals(List.of(), listing(outFolder), "nothing was written into the folder named by --out");
    }

    /**
     * A database file the user made read-only: the import is refused in our words, nothing stored.
     * Root ignores file modes, so as root the file is made immutable (chattr +i) instead; where
     * neither can be done the test is skipped.
     */
    @Test
    void aReadOnlyDatabaseSaysSoInOneLine() throws Exception {
        Path file = Path.of(good + ".mv.db");
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean immutable = root && new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor() == 0;
        Assumptions.assumeTrue(!root || immutable, "root ignores modes and chattr is not available here");
        if (!root) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        }
        try {
            byte[] before = Files.readAllBytes(file);
            List<String> failures = new ArrayList<>();
            check(new Case("import into a read-only database", 3, "read-only", "import", example.toString(), "--db", good),
                    cli.run("import", example.toString(), "--db", good), failures);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            } else {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static boolean check(Case c, CliRunner.Result result, List<String> failures) {
        List<String> wrong = new ArrayList<>();
        if (result.exitCode() != c.exitCode()) {
            wrong.add("exit " + result.exitCode() + " instead of " + c.exitCode());
        }
        String err = result.err();
        if (err.lines().count() != 1 || !err.endsWith(System.lineSeparator())) {
            wrong.add("not exactly one line");
        }
        if (NOT_OURS.matcher(err).find()) {
            wrong.add("library words");
        }
        if (!err.contains(c.mustName())) {
            wrong.add("does not name '" + c.mustName() + "'");
        }
        if (!result.out().isEmpty()) {
            wrong.add("printed on standard output: " + result.out());
        }
        System.out.println("  " + c.name() + " -> " + result.exitCode() + ": " + err.strip());
        if (!wrong.isEmpty()) {
            failures.add(c.name() + ": " + String.join(", ", wrong) + " | " + err.strip());
        }
        return wrong.isEmpty();
    }

    /** Another process (as the app would) holds the database: every command says so, in one line. */
    private boolean checkWhileOpenInAnotherProcess(List<String> failures) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), Path.of(good).toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", said.readLine(), "the holding process opened the database");
            boolean held = check(new Case("plan while open elsewhere", 3, "close", "plan", "--db", good),
                    cli.run("plan", "--db", good), failures);
            return check(new Case("import while open elsewhere", 3, "close", "import", example.toString(), "--db", good),
                    cli.run("import", example.toString(), "--db", good), failures) && held;
        } finally {
            holder.getOutputStream().close();
            try {
                holder.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static Path randomBytes(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(14).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** A database whose schema history names a migration this Nudge does not have. */
    private String tooNew() throws IOException, SQLException {
        Path base = folder.resolve("too-new");
        assertEquals(Cli.OK, cli.run("import", example.toString(), "--db", base.toString()).exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 'sa', 0, TRUE)");
        }
        return base.toString();
    }
}
