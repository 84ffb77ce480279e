package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.replies.Evidence;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.Reading;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The array form that {@code nudge inbox --json} prints, and the evidence listed once. */
class ReplyJsonTest {

    @Test
    void anArrayOfProposalsAndAnEmptyOne() throws Exception {
        String text = "Check back with me on Monday. Thanks!";
        IncomingMessage message = new IncomingMessage("Re: role", "pat@acme.example", "Pat", null, text, Map.of(),
                IncomingMessage.Source.INBOX);
        Evidence sentence = new Evidence("Check back with me on Monday.", 0, 29);
        ReplyProposal checkBack = new ReplyProposal(message, new ReplyMatch(MatchKind.DOMAIN, "acme-ba", List.of("acme-ba")),
                new Reading(ReplyKind.CHECK_BACK_AGREED, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7), null,
                        sentence, sentence));
        ReplyProposal none = new ReplyProposal(message, ReplyMatch.none(),
                new Reading(ReplyKind.NOT_A_REPLY, LocalDate.of(2026, 12, 2), null, null, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplyJson.writeAll(List.of(checkBack, none), out);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, json.size());
        assertEquals("domain", json.get(0).get("match").asText());
        assertEquals("{\"type\":\"CHECK_BACK_AGREED\",\"on\":\"2026-12-02\",\"checkBackOn\":\"2026-12-07\",\"note\":\"Re: role\"}",
                json.get(0).get("event").toString());
        assertEquals("[\"Check back with me on Monday.\"]", json.get(0).get("evidence").toString(), "the same sentence once");
        assertEquals("{\"applicationId\":null,\"match\":\"none\",\"candidates\":[],\"kind\":\"NOT_A_REPLY\","
                + "\"event\":null,\"round\":null,\"evidence\":[]}", json.get(1).toString());

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        ReplyJson.writeAll(List.of(), empty);
        assertEquals("[]\n", empty.toString(StandardCharsets.UTF_8));
    }
}
