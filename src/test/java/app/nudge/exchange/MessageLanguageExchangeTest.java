package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code messageLanguage} of an application: read, written only when chosen, older files unchanged. */
class MessageLanguageExchangeTest {

    private final ExchangeReader reader = new ExchangeReader(code -> true);

    @TempDir
    Path folder;

    private static final String TWO = """
            {"format": "nudge", "version": 1, "applications": [
              {"id": "acme", "company": "Acme", "role": "Analyst", "country": "DE", "messageLanguage": "de"},
              {"id": "initech", "company": "Initech", "role": "Engineer", "messageLanguage": "NL"},
              {"id": "globex", "company": "Globex", "role": "Planner", "messageLanguage": null},
              {"id": "hooli", "company": "Hooli", "role": "Lead"}
            ]}
            """;

    private ExchangeDocument read(String json) throws ExchangeException, IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(List<Application> applications) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeWriter().write(Settings.defaults(), applications, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheLanguageInAnyCaseAndRoundTripsThroughTheStore() throws Exception {
        List<Application> read = read(TWO).applications();
        assertEquals(List.of(Optional.of(Language.DE), Optional.of(Language.NL), Optional.empty(), Optional.empty()),
                read.stream().map(Application::messageLanguage).toList());

        String first = write(read);
        assertTrue(first.contains("\"messageLanguage\": \"de\""), first);
        assertTrue(first.contains("\"messageLanguage\": \"nl\""), "written as its code, in lower case: " + first);
        assertEquals(2, first.split("\"messageLanguage\"", -1).length - 1, "only where one was chosen: " + first);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (Database db = TempDatabase.open(folder)) {
            ExchangeService service = new ExchangeService(db, code -> true);
            service.importFrom(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
            service.exportTo(second);
        }
        assertEquals(first, second.toString(StandardCharsets.UTF_8), "export, import, export gives the same JSON");
    }

    @Test
    void anOlderFileWithoutTheFieldReadsAsTheUsersLanguageAndWritesAsBefore() throws Exception {
        ExchangeDocument doc;
        try (InputStream in = getClass().getResourceAsStream("/exchange/rich.json")) {
            doc = reader.read(in);
        }
        assertFalse(doc.applications().isEmpty());
        assertTrue(doc.applications().stream().allMatch(a -> a.messageLanguage().isEmpty()));
        assertFalse(write(doc.applications()).contains("messageLanguage"), "no new field where there is nothing to say");
    }

    @Test
    void anUnknownLanguageIsRefusedInOneLineNamingTheField() {
        ExchangeException unknown = assertThrows(ExchangeException.class, () -> read(TWO.replace("\"NL\"", "\"it\"")));
        assertEquals("applications[1].messageLanguage: unknown language 'it' (one of en, de, fr, es, nl)",
                unknown.getMessage());
        ExchangeException regional = assertThrows(ExchangeException.class, () -> read(TWO.replace("\"de\"", "\"de-AT\"")));
        assertEquals("applications[0].messageLanguage: unknown language 'de-AT' (one of en, de, fr, es, nl)",
                regional.getMessage());
        ExchangeException notText = assertThrows(ExchangeException.class, () -> read(TWO.replace("\"de\"", "7")));
        assertEquals("applications[0].messageLanguage: not a text", notText.getMessage());
        assertFalse(unknown.getMessage().contains("\n"));
    }
}
