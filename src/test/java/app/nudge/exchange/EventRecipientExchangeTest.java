package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code recipient} of a thank-you event: read, written only when set, older files unchanged. */
class EventRecipientExchangeTest {

    private final ExchangeReader reader = new ExchangeReader(code -> true);

    private static final String PANEL = """
            {"format": "nudge", "version": 1, "applications": [{"id": "acme", "company": "Acme", "role": "Analyst",
              "interviews": [{"endedAt": "2026-11-16T15:00", "interviewers": ["Pat Lee", "Sam Roe"]}],
              "events": [
                {"type": "THANK_YOU_SENT", "on": "2026-11-16", "recipient": "Pat Lee"},
                {"type": "SKIPPED", "on": "2026-11-17", "action": "THANK_YOU", "recipient": "Sam Roe"},
                {"type": "FOLLOW_UP_SENT", "on": "2026-11-24", "recipient": "Pat Lee"}
              ]}]}
            """;

    private ExchangeDocument read(String json) throws ExchangeException, IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(ExchangeDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeWriter().write(doc.settings() == null ? Settings.defaults() : doc.settings(), doc.applications(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheRecipientOfThankYousOnlyAndRoundTrips() throws Exception {
        ExchangeDocument doc = read(PANEL);
        List<Event> events = doc.applications().get(0).events();
        assertEquals(Arrays.asList("Pat Lee", "Sam Roe", null), events.stream().map(Event::recipient).toList(),
                "a follow-up names no recipient: the field is dropped");

        String first = write(doc);
        assertTrue(first.contains("\"recipient\": \"Sam Roe\""), first);
        String second = write(read(first));
        assertEquals(first, second, "export, import, export gives the same JSON");
        assertEquals(events, read(first).applications().get(0).events());
    }

    @Test
    void anOlderFileWithoutRecipientsReadsAndWritesAsBefore() throws Exception {
        ExchangeDocument doc;
        try (InputStream in = getClass().getResourceAsStream("/exchange/rich.json")) {
            doc = reader.read(in);
        }
        for (Application a : doc.applications()) {
            assertTrue(a.events().stream().noneMatch(Event::hasRecipient));
        }
        assertFalse(write(doc).contains("\"recipient\""), "no new field where there is nothing to say");
    }

    @Test
    void aBadRecipientIsRefusedNamingTheField() {
        ExchangeException tooLong = assertThrows(ExchangeException.class,
                () -> read(PANEL.replace("\"Pat Lee\", \"Sam Roe\"]", "\"Pat Lee\"]").replace("\"recipient\": \"Sam Roe\"",
                        "\"recipient\": \"" + "S".repeat(201) + "\"")));
        assertEquals("applications[0].events[1].recipient: longer than 200 characters", tooLong.getMessage());
        ExchangeException notText = assertThrows(ExchangeException.class,
                () -> read(PANEL.replace("\"recipient\": \"Pat Lee\"}", "\"recipient\": 7}")));
        assertEquals("applications[0].events[0].recipient: not a text", notText.getMessage());
    }
}
