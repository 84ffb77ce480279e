package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.service.TemplateService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft} uses the user's edited templates, as the app does. */
class DraftTemplateTest {

    private static final String AFTER_DATE = "FOLLOW_UP-after-date"; // acme-ba's follow-up on 23 Nov is R7

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner();
    private String db;

    @BeforeEach
    void importWorkedExample() throws IOException {
        Path file = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, file);
        }
        db = folder.resolve("nudge").toString();
        assertEquals(Cli.OK, cli.run("import", file.toString(), "--db", db).exitCode());
    }

    /** Runs one template change the way the app stores it, with the database closed again afterwards. */
    private void change(Function<TemplateService, CompletableFuture<Void>> what) {
        try (Database database = Database.openExisting(DatabasePath.of(db))) {
            what.apply(new TemplateService(() -> new SettingsRepository(database), Runnable::run)).join();
        }
    }

    private String draft() {
        CliRunner.Result result = cli.run("draft", "acme-ba", "--db", db, "--today", "2026-11-23");
        assertEquals(Cli.OK, result.exitCode(), result.err());
        return result.out();
    }

    @Test
    void draftPrintsTheEditedTemplateAndTheDefaultAfterAReset() {
        String before = draft();

        change(service -> service.save(AFTER_DATE,
                "Subject: Any news on {role}?\n\n{greeting}\n\nStill keen on {company}.\n\n{signature}"));
        assertEquals("To: Pat Lee <pat@acme.example>\nSubject: Any news on Business Analyst?\n\n"
                + "Hi Pat,\n\nStill keen on Acme Corp.\n\nJane Doe\n", draft().replace("\r\n", "\n"));

        change(service -> service.reset(AFTER_DATE));
        assertEquals(before, draft());
    }
}
