package app.nudge.exchange;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.settings.SettingsCodec;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the canonical exchange file (docs/exchange-format.md) in {@link JsonStyle}: keys in its documented order, every field written, applications by id, events in their
 * recorded order. So export → import → export gives the same bytes.
 */
public final class ExchangeWriter {

    public void write(Settings settings, List<Application> applications, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonStyle.generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", ExchangeDocument.FORMAT);
            g.writeNumberField("version", ExchangeDocument.VERSION);
            writeSettings(g, settings == null ? Settings.defaults() : settings);
            g.writeArrayFieldStart("applications");
            for (Application a : applications.stream().sorted(Comparator.comparing(Application::id)).toList()) {
                writeApplication(g, a);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeSettings(JsonGenerator g, Settings s) throws IOException {
        g.writeObjectFieldStart("settings");
        // The format's field names are the stored settings' names (one list of them, in the codec).
        g.writeStringField(SettingsCodec.YOUR_NAME, s.yourName());
        g.writeStringField(SettingsCodec.YOUR_EMAIL, s.yourEmail());
        g.writeStringField(SettingsCodec.YOUR_PHONE, s.yourPhone());
        g.writeStringField(SettingsCodec.SIGNATURE, s.signature());
        g.writeStringField(SettingsCodec.COUNTRY, s.country());
        g.writeStringField(SettingsCodec.PRESET, s.preset());
        g.writeEndObject();
    }

    private static void writeApplication(JsonGenerator g, Application a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("company", a.company());
        g.writeStringField("role", a.role());
        g.writeStringField("country", a.country());
        writeDate(g, "appliedOn", a.appliedOn());
        g.writeStringField("url", a.url());
        g.writeStringField("location", a.location());
        g.writeStringField("source", a.source());
        g.writeBooleanField("mayCall", a.mayCall());
        g.writeBooleanField("knownDelay", a.knownDelay());
        g.writeStringField("notes", a.notes());
        if (a.messageLanguage().isPresent()) {
            // Written only when chosen: "the user's language" is no code (it follows the user), and
            // files of applications without one stay as they were.
            g.writeStringField("messageLanguage", a.messageLanguage().get().code());
        }
        g.writeArrayFieldStart("contacts");
        for (Contact k : a.contacts()) {
            g.writeStartObject();
            g.writeStringField("name", k.name());
            g.writeStringField("email", k.email());
            g.writeStringField("phone", k.phone());
            g.writeStringField("title", k.title());
            g.writeBooleanField("primary", k.primary());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("interviews");
        for (InterviewRound r : a.interviews()) {
            writeRound(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : a.events()) {
            writeEvent(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * One round as in the exchange format's {@code interviews} array (also used by {@code nudge
     * reply --json} for a proposed round).
     */
    public static void writeRound(JsonGenerator g, InterviewRound r) throws IOException {
        g.writeStartObject();
        g.writeStringField("endedAt", r.endedAt().toString());
        writeDate(g, "decisionExpectedBy", r.decisionExpectedBy());
        g.writeStringField("talkingPoint", r.talkingPoint());
        g.writeArrayFieldStart("interviewers");
        for (String name : r.interviewers()) {
            g.writeString(name);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * One event as in the exchange format's {@code events} array: type, date, the fields this type
     * uses (written even when empty), the note. Also used by {@code nudge reply --json}.
     */
    public static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type().name());
        writeDate(g, "on", e.date());
        switch (e.type()) {
            case FOLLOW_UP_SENT -> g.writeStringField("channel", e.channel().name());
            case REPLY_RECEIVED -> writeDate(g, "newDecisionBy", e.newDecisionBy());
            case CHECK_BACK_AGREED -> writeDate(g, "checkBackOn", e.checkBackOn());
            case SKIPPED -> g.writeStringField("action", e.action().name());
            case SNOOZED -> writeDate(g, "until", e.until());
            default -> {
                // no fields of their own
            }
        }
        if (e.hasRecipient()) {
            // Written only when set, so files without per-person thank-yous stay as they were.
            g.writeStringField("recipient", e.recipient());
        }
        g.writeStringField("note", e.note());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, String field, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, date.toString());
        }
    }
}
