package app.nudge.cli;

import app.nudge.exchange.ExchangeWriter;
import app.nudge.exchange.JsonStyle;
import app.nudge.replies.Acceptance;
import app.nudge.replies.Evidence;
import app.nudge.replies.ReplyProposal;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A proposal as the JSON of {@code nudge reply --json} (one object) and {@code nudge inbox --json}
 * (an array of them), in {@link JsonStyle}, with the event and round in the exchange format
 * (written by {@link ExchangeWriter}, so the two never differ):
 * <pre>{"applicationId": ID|null, "match": "email"|..., "candidates": [IDs], "kind": "REPLY_RECEIVED"|...,
 *  "event": {...}|null, "round": {...}|null, "evidence": ["sentence", ...]}</pre>
 * The event and round are what accepting the proposal as it stands would record
 * ({@link Acceptance#of}), whether or not the match is unique.
 */
public final class ReplyJson {

    private ReplyJson() {
    }

    /** One object and a line end. */
    public static void writeOne(ReplyProposal proposal, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonStyle.generator(out)) {
            write(g, proposal);
            g.writeRaw('\n');
        }
    }

    /** An array of objects (empty: {@code []}) and a line end. */
    public static void writeAll(List<ReplyProposal> proposals, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonStyle.generator(out)) {
            g.writeStartArray();
            for (ReplyProposal proposal : proposals) {
                write(g, proposal);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** One object into a generator the caller owns. */
    public static void write(JsonGenerator g, ReplyProposal proposal) throws IOException {
        Acceptance accepted = Acceptance.of(proposal);
        g.writeStartObject();
        if (proposal.match().applicationId() == null) {
            g.writeNullField("applicationId");
        } else {
            g.writeStringField("applicationId", proposal.match().applicationId());
        }
        g.writeStringField("match", proposal.match().kind().jsonName());
        g.writeArrayFieldStart("candidates");
        for (String id : proposal.match().candidates()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("kind", proposal.reading().kind().name());
        g.writeFieldName("event");
        Optional<app.nudge.domain.Event> event = accepted.event();
        if (event.isPresent()) {
            ExchangeWriter.writeEvent(g, event.get());
        } else {
            g.writeNull();
        }
        g.writeFieldName("round");
        Optional<app.nudge.domain.InterviewRound> round = accepted.round();
        if (round.isPresent()) {
            ExchangeWriter.writeRound(g, round.get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("evidence");
        for (String sentence : evidence(proposal)) {
            g.writeString(sentence);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The sentences that decided the kind and gave the date, once each, in that order. */
    static List<String> evidence(ReplyProposal proposal) {
        List<String> sentences = new ArrayList<>();
        for (Evidence e : new Evidence[] {proposal.reading().kindEvidence(), proposal.reading().dateEvidence()}) {
            if (e != null && !sentences.contains(e.sentence())) {
                sentences.add(e.sentence());
            }
        }
        return sentences;
    }
}
