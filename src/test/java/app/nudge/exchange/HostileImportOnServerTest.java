package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.store.CommandLineDatabases;
import app.nudge.store.StoreBackend;
import app.nudge.store.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link HostileImportPropertyTest}'s command-line property on schemas of the PostgreSQL server
 * (the H2 half runs there, 400 tries): the same hostile files, same seed, each imported exactly or
 * refused with exit 2 and one line naming the place, the schema's export unchanged. Each try gets a
 * fresh schema holding the seed. Skipped without a server (fails when NUDGE_REQUIRE_PG is set).
 */
class HostileImportOnServerTest {

    private static Path folder;
    private static CommandLineDatabases databases;
    private final CliRunner cli = new CliRunner();

    @BeforeContainer
    static void folder() throws IOException {
        folder = Files.createTempDirectory("hostile-server-import");
        databases = new CommandLineDatabases(StoreBackend.POSTGRESQL, folder);
    }

    @AfterContainer
    static void clean() throws IOException {
        databases.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<HostileDocuments.Case> hostile() {
        return HostileDocuments.cases();
    }

    /** 40 tries: each makes and migrates a schema and runs four commands (about 80 s here, all held). */
    @Property(tries = 40, seed = "20261130", edgeCases = EdgeCasesMode.NONE)
    void theCommandLineImportsExactlyOrRefusesAndChangesNothing(@ForAll("hostile") HostileDocuments.Case c) throws IOException {
        String db = TestServer.freshSchema().toString();
        Path seed = folder.resolve("seed.json");
        Files.write(seed, HostileImportPropertyTest.canonical(HostileImportPropertyTest.SEED_SETTINGS,
                HostileImportPropertyTest.SEED_APPS));
        CliRunner.Result seeded = cli.run("import", seed.toString(), "--db", db);
        assertEquals(Cli.OK, seeded.exitCode(), seeded.err());
        String before = cli.run("export", "--db", db).out();
        assertEquals(new String(Files.readAllBytes(seed), StandardCharsets.UTF_8), before);

        Path file = folder.resolve("in.json");
        Files.write(file, c.bytes());
        CliRunner.Result result = cli.run("import", file.toString(), "--db", db);
        String after = cli.run("export", "--db", db).out();
        if (c.accepted()) {
            assertEquals(Cli.OK, result.exitCode(), result.err() + "\n" + c);
            assertEquals(HostileImportPropertyTest.expectedExport(c.model()), after, c.toString());
        } else {
            assertEquals(Cli.BAD_INPUT, result.exitCode(), result.err() + "\n" + c);
            String line = result.err().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith(c.refusal()), "refused with '" + line + "': " + c);
            assertEquals(before, after, "the schema changed on a refused import: " + c);
        }
    }
}
