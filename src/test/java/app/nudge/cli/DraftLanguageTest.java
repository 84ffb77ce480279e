package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft --lang}: the message in the language asked for; English without it. */
class DraftLanguageTest {

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

    private String draft(String... lang) {
        java.util.List<String> args = new java.util.ArrayList<>(
                java.util.List.of("draft", "acme-ba", "--db", db, "--today", "2026-11-23"));
        args.addAll(java.util.List.of(lang));
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertEquals(Cli.OK, result.exitCode(), result.err());
        return result.out().replace("\r\n", "\n");
    }

    @Test
    void germanDraftGreetsDatesAndSignsOffAsGermansWrite() {
        String out = draft("--lang", "de");

        assertTrue(out.startsWith("To: Pat Lee <pat@acme.example>\n"
                + "Subject: Nachfrage zu meiner Bewerbung: Business Analyst – 16. November\n\n"
                + "Guten Tag Pat Lee,\n\nich hoffe, es geht Ihnen gut."), out);
        assertTrue(out.contains("am Montag, 16. November"), out);
        assertTrue(out.contains("\nMit freundlichen Grüßen\n"), out);
    }

    @Test
    void withoutLangTheDraftIsEnglishAndFrenchSpanishDutchWork() {
        assertTrue(draft().contains("Subject: Follow-up: Business Analyst interview – Nov 16"));
        assertTrue(draft("--lang", "fr").contains("Bonjour Pat Lee,"));
        assertTrue(draft("--lang", "es").contains("Buenos días, Pat Lee:"));
        assertTrue(draft("--lang", "NL").contains("Met vriendelijke groet,"));
        assertEquals(draft(), draft("--lang", "en"));
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheOption() {
        CliRunner.Result result = cli.run("draft", "acme-ba", "--db", db, "--lang", "klingon");

        assertEquals(Cli.BAD_INPUT, result.exitCode());
        assertTrue(result.err().contains("--lang") && result.err().contains("en, de, fr, es, nl"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}
