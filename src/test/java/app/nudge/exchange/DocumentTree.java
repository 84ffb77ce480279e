package app.nudge.exchange;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * An exchange file as a JSON tree, written from domain values by the test itself (not by the
 * writer under test): key order shuffled, fields at their defaults sometimes left out, a time's
 * ":00" seconds sometimes written. Mutations edit the tree; {@link #bytes} can also write one key
 * twice or put raw JSON text in place of a value, which no tree can hold.
 */
final class DocumentTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final ObjectNode root;
    /** Path of an object, and the key to write twice in it. */
    String duplicateIn;
    String duplicateKey;
    /** Path of a value, and the raw JSON written in its place. */
    String rawAt;
    String raw;

    private DocumentTree(ObjectNode root) {
        this.root = root;
    }

    static DocumentTree of(ExchangeModels.Model model, Random random) {
        Style style = new Style(random);
        ObjectNode root = NODES.objectNode();
        root.put("format", "nudge");
        root.put("version", 1);
        if (model.settings() != null) {
            Settings s = model.settings();
            ObjectNode settings = NODES.objectNode();
            style.text(settings, "yourName", s.yourName());
            style.text(settings, "yourEmail", s.yourEmail());
            style.text(settings, "yourPhone", s.yourPhone());
            style.text(settings, "signature", s.signature());
            style.text(settings, "country", s.country());
            style.text(settings, "preset", s.preset());
            root.set("settings", style.shuffled(settings));
        }
        ArrayNode apps = root.putArray("applications");
        for (Application a : model.applications()) {
            apps.add(application(a, style));
        }
        return new DocumentTree(root);
    }

    private static ObjectNode application(Application a, Style style) {
        ObjectNode o = NODES.objectNode();
        o.put("id", a.id());
        o.put("company", a.company());
        o.put("role", a.role());
        style.text(o, "country", a.country());
        style.date(o, "appliedOn", a.appliedOn());
        style.text(o, "url", a.url());
        style.text(o, "location", a.location());
        style.text(o, "source", a.source());
        style.bool(o, "mayCall", a.mayCall());
        style.bool(o, "knownDelay", a.knownDelay());
        style.text(o, "notes", a.notes());
        ArrayNode contacts = NODES.arrayNode();
        for (Contact k : a.contacts()) {
            ObjectNode c = NODES.objectNode();
            style.text(c, "name", k.name());
            style.text(c, "email", k.email());
            style.text(c, "phone", k.phone());
            style.text(c, "title", k.title());
            style.bool(c, "primary", k.primary());
            contacts.add(style.shuffled(c));
        }
        style.list(o, "contacts", contacts);
        ArrayNode rounds = NODES.arrayNode();
        for (InterviewRound r : a.interviews()) {
            ObjectNode n = NODES.objectNode();
            n.put("endedAt", style.dateTime(r.endedAt()));
            style.date(n, "decisionExpectedBy", r.decisionExpectedBy());
            style.text(n, "talkingPoint", r.talkingPoint());
            ArrayNode people = NODES.arrayNode();
            r.interviewers().forEach(people::add);
            style.list(n, "interviewers", people);
            rounds.add(style.shuffled(n));
        }
        style.list(o, "interviews", rounds);
        ArrayNode events = NODES.arrayNode();
        for (Event e : a.events()) {
            ObjectNode n = NODES.objectNode();
            n.put("type", e.type().name());
            n.put("on", e.date().toString());
            switch (e.type()) {
                case FOLLOW_UP_SENT -> n.put("channel", e.channel().name());
                case REPLY_RECEIVED -> style.date(n, "newDecisionBy", e.newDecisionBy());
                case CHECK_BACK_AGREED -> n.put("checkBackOn", e.checkBackOn().toString());
                case SKIPPED -> n.put("action", e.action().name());
                case SNOOZED -> n.put("until", e.until().toString());
                default -> {
                    // nothing more
                }
            }
            if (e.hasRecipient()) {
                n.put("recipient", e.recipient());
            }
            style.text(n, "note", e.note());
            events.add(style.shuffled(n));
        }
        style.list(o, "events", events);
        return style.shuffled(o);
    }

    /** The document's UTF-8 bytes, compact or indented, with the duplicate key and raw value if set. */
    byte[] bytes(boolean indented) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            if (indented) {
                g.useDefaultPrettyPrinter();
            }
            write(g, root, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(JsonGenerator g, JsonNode node, String path) throws IOException {
        if (path.equals(rawAt)) {
            g.writeRawValue(raw);
        } else if (node.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                g.writeFieldName(field.getKey());
                write(g, field.getValue(), child);
                if (path.equals(duplicateIn) && field.getKey().equals(duplicateKey)) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue(), child);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(g, node.get(i), path + "[" + i + "]");
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    /** Every value in the tree with its path, its parent and how the parent holds it. */
    record Slot(String path, JsonNode parent, String key, int index, JsonNode value) {

        void replace(JsonNode with) {
            if (parent instanceof ObjectNode o) {
                o.set(key, with);
            } else {
                ((ArrayNode) parent).set(index, with);
            }
        }

        void remove() {
            ((ObjectNode) parent).remove(key);
        }
    }

    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                slots.add(new Slot(child, node, field.getKey(), -1, field.getValue()));
                collect(field.getValue(), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new Slot(child, node, null, i, node.get(i)));
                collect(node.get(i), child, slots);
            }
        }
    }

    /** How one document is written: chosen once per document from the property's random source. */
    private static final class Style {
        private final Random random;
        private final boolean omitDefaults;
        private final boolean shuffle;

        Style(Random random) {
            this.random = random;
            this.omitDefaults = random.nextBoolean();
            this.shuffle = random.nextInt(3) == 0;
        }

        /** A field at its default is left out, written as null, or written. */
        private void maybe(ObjectNode o, String field, boolean isDefault, BiConsumer<ObjectNode, String> put) {
            if (isDefault && omitDefaults) {
                if (random.nextBoolean()) {
                    o.putNull(field);
                }
                return;
            }
            put.accept(o, field);
        }

        void text(ObjectNode o, String field, String value) {
            maybe(o, field, value.isEmpty(), (n, f) -> n.put(f, value));
        }

        void bool(ObjectNode o, String field, boolean value) {
            maybe(o, field, !value, (n, f) -> n.put(f, value));
        }

        void date(ObjectNode o, String field, LocalDate value) {
            maybe(o, field, value == null, (n, f) -> {
                if (value == null) {
                    n.putNull(f);
                } else {
                    n.put(f, value.toString());
                }
            });
        }

        void list(ObjectNode o, String field, ArrayNode value) {
            maybe(o, field, value.isEmpty(), (n, f) -> n.set(f, value));
        }

        String dateTime(LocalDateTime value) {
            String text = value.toString();
            return value.getSecond() == 0 && random.nextBoolean() ? text + ":00" : text;
        }

        ObjectNode shuffled(ObjectNode o) {
            if (!shuffle) {
                return o;
            }
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(o.properties());
            Collections.shuffle(fields, random);
            ObjectNode copy = NODES.objectNode();
            fields.forEach(f -> copy.set(f.getKey(), f.getValue()));
            return copy;
        }
    }
}
