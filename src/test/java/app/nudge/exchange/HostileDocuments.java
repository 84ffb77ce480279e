package app.nudge.exchange;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile exchange files with the outcome each must have: a valid file (its contents known as
 * domain values) written in some style, then at most one mutation. A mutation that keeps the file
 * valid says what is imported; one that breaks it says how the one-line refusal starts (the field
 * path, or "not valid JSON (line" and the like for a file that is no JSON document).
 */
final class HostileDocuments {

    /** What the import must do: store exactly {@code model}, or refuse with a line starting {@code refusal}. */
    record Case(String kind, byte[] bytes, ExchangeModels.Model model, String refusal) {
        boolean accepted() {
            return refusal == null;
        }

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return kind + " -> " + (accepted() ? "imported" : "refused '" + refusal + "'") + ": "
                    + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TEXTS = Set.of("id", "company", "role", "country", "url", "location", "source",
            "notes", "name", "email", "phone", "title", "talkingPoint", "note", "recipient", "yourName", "yourEmail",
            "yourPhone", "signature", "preset", "format");
    private static final Set<String> BOOLS = Set.of("mayCall", "knownDelay", "primary");
    private static final Set<String> LISTS = Set.of("contacts", "interviews", "events", "interviewers", "applications");
    private static final Set<String> DATES = Set.of("appliedOn", "decisionExpectedBy", "on", "newDecisionBy",
            "checkBackOn", "until");
    private static final Set<String> ENUMS = Set.of("type", "channel", "action");

    private HostileDocuments() {
    }

    static Arbitrary<Case> cases() {
        return Combinators.combine(ExchangeModels.model(), Arbitraries.longs(), Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just("valid")), Tuple.of(1, Arbitraries.just("extra field")),
                        Tuple.of(1, Arbitraries.just("id left out")), Tuple.of(1, Arbitraries.just("country case")),
                        Tuple.of(1, Arbitraries.just("at the limit")),
                        Tuple.of(2, Arbitraries.just("NUL")), Tuple.of(1, Arbitraries.just("lone surrogate")),
                        Tuple.of(2, Arbitraries.just("wrong type")), Tuple.of(1, Arbitraries.just("too long")),
                        Tuple.of(1, Arbitraries.just("required missing")), Tuple.of(1, Arbitraries.just("duplicate key")),
                        Tuple.of(2, Arbitraries.just("year out of range")), Tuple.of(1, Arbitraries.just("not a date")),
                        Tuple.of(1, Arbitraries.just("unknown name")), Tuple.of(1, Arbitraries.just("deep nesting")),
                        Tuple.of(1, Arbitraries.just("trailing garbage")), Tuple.of(1, Arbitraries.just("wrong version")),
                        Tuple.of(1, Arbitraries.just("truncated"))))
                .as((model, seed, kind) -> make(model, new Random(seed), kind));
    }

    static Case make(ExchangeModels.Model model, Random random, String kind) {
        DocumentTree tree = DocumentTree.of(model, random);
        boolean indented = random.nextBoolean();
        List<DocumentTree.Slot> slots = tree.slots();
        String refusal;
        ExchangeModels.Model imported = model;
        switch (kind) {
            case "extra field" -> {
                DocumentTree.Slot s = pick(random, slots, x -> x.value().isObject(), null);
                ObjectNode target = s == null ? tree.root : (ObjectNode) s.value();
                target.set("zz" + random.nextInt(1000), randomValue(random));
                refusal = null;
            }
            case "id left out" -> {
                int k = model.applications().isEmpty() ? -1 : random.nextInt(model.applications().size());
                if (k >= 0) {
                    Set<String> others = new HashSet<>();
                    model.applications().forEach(a -> others.add(a.id()));
                    Application a = model.applications().get(k);
                    others.remove(a.id());
                    String derived = ApplicationIds.unique(ApplicationIds.base(a.company(), a.role()), others);
                    ((ObjectNode) tree.root.get("applications").get(k)).remove("id");
                    List<Application> apps = new ArrayList<>(model.applications());
                    apps.set(k, withId(a, derived));
                    imported = new ExchangeModels.Model(model.settings(), apps);
                }
                refusal = null;
            }
            case "country case" -> {
                DocumentTree.Slot s = pick(random, slots, x -> "country".equals(x.key()) && x.value().isTextual()
                        && !x.value().textValue().isEmpty(), null);
                if (s != null) {
                    s.replace(NODES.textNode(" " + s.value().textValue().toLowerCase() + "\t"));
                }
                refusal = null;
            }
            case "at the limit" -> {
                if (!model.applications().isEmpty()) {
                    Application a = model.applications().get(0);
                    String notes = "n".repeat(20_000);
                    ((ObjectNode) tree.root.get("applications").get(0)).put("notes", notes);
                    List<Application> apps = new ArrayList<>(model.applications());
                    apps.set(0, new Application(a.id(), a.company(), a.role(), a.country(), a.appliedOn(), a.url(),
                            a.location(), a.source(), a.mayCall(), a.knownDelay(), notes, a.contacts(), a.interviews(), a.events()));
                    imported = new ExchangeModels.Model(model.settings(), apps);
                }
                refusal = null;
            }
            case "NUL", "lone surrogate" -> {
                DocumentTree.Slot s = pick(random, slots, x -> x.value().isTextual(), null);
                String text = s.value().textValue();
                int at = random.nextInt(text.length() + 1);
                if (kind.equals("NUL") && at > 0 && at < text.length() && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at))) {
                    at--; // between the halves of a pair, the pair itself would be broken first
                }
                String bad = kind.equals("NUL") ? "\u0000" : random.nextBoolean() ? "\uD800" : "\uDFFF";
                tree.rawAt = s.path();
                tree.raw = escaped(text.substring(0, at) + bad + text.substring(at));
                refusal = s.path() + ": contains " + (kind.equals("NUL") ? "the character NUL (U+0000)" : "half of a character");
            }
            case "wrong type" -> {
                DocumentTree.Slot s = pick(random, slots, x -> !"version".equals(x.key()), null);
                String expected = wrongTypeMessage(s);
                JsonNode value = wrongValue(random, expected);
                s.replace(value);
                refusal = s.path() + ": " + expected;
            }
            case "too long" -> {
                DocumentTree.Slot s = pick(random, slots, x -> limitOf(x) > 0, null);
                if (s == null) {
                    tree.root.put("format", "x".repeat(300));
                    refusal = "format: unknown format";
                } else {
                    s.replace(NODES.textNode("y".repeat(limitOf(s) + 1)));
                    refusal = s.path() + ": longer than " + limitOf(s) + " characters";
                }
            }
            case "required missing" -> {
                DocumentTree.Slot s = pick(random, slots, x -> Set.of("company", "role", "endedAt", "type", "on", "format",
                        "version").contains(String.valueOf(x.key())), null);
                if (random.nextBoolean() && Set.of("company", "role").contains(s.key())) {
                    s.replace(NODES.textNode(" \t\n"));
                } else {
                    s.remove();
                }
                refusal = s.path() + ": required";
            }
            case "duplicate key" -> {
                DocumentTree.Slot s = pick(random, slots, x -> x.key() != null, null);
                tree.duplicateIn = s.path().substring(0, s.path().length() - s.key().length()).replaceAll("\\.$", "");
                tree.duplicateKey = s.key();
                refusal = s.path() + ": given twice in the same object";
            }
            case "year out of range" -> {
                DocumentTree.Slot s = pick(random, slots, x -> DATES.contains(String.valueOf(x.key())) || "endedAt".equals(x.key()), x -> x.value().isTextual());
                if (s == null) {
                    return make(model, random, "wrong version");
                }
                int year = new int[] {1899, 3000, 0, 1, 1500, 1582, 9999, -1, 10_000, 999_999_999}[random.nextInt(10)];
                String day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
                s.replace(NODES.textNode("endedAt".equals(s.key()) ? day + "T10:00" : day));
                refusal = s.path() + ": the year must be between 1900 and 2999";
            }
            case "not a date" -> {
                DocumentTree.Slot s = pick(random, slots, x -> DATES.contains(String.valueOf(x.key())) || "endedAt".equals(x.key()), x -> x.value().isTextual());
                if (s == null) {
                    return make(model, random, "trailing garbage");
                }
                String[] bad = {"2026-02-30", "2026-13-01", "2026-1-1", "26-01-01", "2026-01-01T25:00", "tomorrow", "",
                    "2026-01-01T10:00:00.5", "2026-01-01 10:00", "20260101"};
                s.replace(NODES.textNode(bad[random.nextInt(bad.length)]));
                refusal = s.path() + ": " + ("endedAt".equals(s.key()) ? "not a date-time" : "not a date (yyyy-MM-dd)");
            }
            case "unknown name" -> {
                DocumentTree.Slot s = pick(random, slots, x -> ENUMS.contains(String.valueOf(x.key())) || "country".equals(x.key())
                        || "preset".equals(x.key()), x -> x.value().isTextual());
                if (s == null) {
                    tree.root.put("format", "huntr");
                    refusal = "format: unknown format 'huntr'";
                } else {
                    s.replace(NODES.textNode("ZZ"));
                    refusal = s.path() + ": unknown ";
                }
            }
            case "deep nesting" -> {
                DocumentTree.Slot s = pick(random, slots, x -> true, null);
                int depth = new int[] {65, 300, 5_000, 200_000}[random.nextInt(4)];
                tree.rawAt = s.path();
                tree.raw = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "0" + "}".repeat(depth);
                refusal = "nested deeper than 64 levels";
            }
            case "trailing garbage" -> {
                String[] garbage = {" x", "}", "{}", "\u0000", "[", "null", "\"\"", "1", "/* c */", "//", ",", "\uFEFF"};
                byte[] doc = tree.bytes(indented);
                byte[] tail = (random.nextBoolean() ? "\n" : "" ) .concat(garbage[random.nextInt(garbage.length)])
                        .getBytes(StandardCharsets.UTF_8);
                byte[] bytes = new byte[doc.length + tail.length];
                System.arraycopy(doc, 0, bytes, 0, doc.length);
                System.arraycopy(tail, 0, bytes, doc.length, tail.length);
                return new Case(kind, bytes, null, "more after the end of the JSON document (line ");
            }
            case "wrong version" -> {
                String[] versions = {"2", "99", "0", "-1", "1.0", "1.5", "1e0", "\"1\"", "18446744073709551617",
                    "9223372036854775808", "true", "[1]", "null"};
                String v = versions[random.nextInt(versions.length)];
                tree.rawAt = "version";
                tree.raw = v;
                refusal = "version: ";
            }
            case "truncated" -> {
                byte[] doc = tree.bytes(indented);
                int cut = random.nextInt(doc.length - 1);
                byte[] bytes = java.util.Arrays.copyOf(doc, cut);
                boolean blank = new String(bytes, StandardCharsets.UTF_8).isBlank();
                return new Case(kind, bytes, null, blank ? "the file is empty" : "not valid JSON (line ");
            }
            default -> refusal = null; // "valid"
        }
        return new Case(kind, tree.bytes(indented), refusal == null ? imported : null, refusal);
    }

    /** A random slot satisfying both tests (the second may be null). */
    private static DocumentTree.Slot pick(Random random, List<DocumentTree.Slot> slots, Predicate<DocumentTree.Slot> test,
                                          Predicate<DocumentTree.Slot> also) {
        List<DocumentTree.Slot> fitting = slots.stream().filter(test).filter(also == null ? x -> true : also).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    /** The kind of value a slot holds, by its key or its list, and what the reader says to another kind. */
    private static String wrongTypeMessage(DocumentTree.Slot s) {
        String key = s.key();
        if (key == null) {
            String list = s.path().replaceAll("\\[\\d+]$", "");
            return list.endsWith("interviewers") ? "not a text" : "not an object";
        }
        if (TEXTS.contains(key) || ENUMS.contains(key)) {
            return "not a text";
        }
        if (BOOLS.contains(key)) {
            return "not true or false";
        }
        if (LISTS.contains(key)) {
            return "not a list";
        }
        if (DATES.contains(key)) {
            return "not a date (yyyy-MM-dd)";
        }
        if ("endedAt".equals(key)) {
            return "not a date-time";
        }
        if ("settings".equals(key)) {
            return "not an object";
        }
        throw new IllegalStateException("unclassified field " + s.path());
    }

    /** A value of another JSON type than the field takes (known by its message), never null ("not given"). */
    private static JsonNode wrongValue(Random random, String message) {
        JsonNodeType takes = switch (message) {
            case "not true or false" -> JsonNodeType.BOOLEAN;
            case "not a list" -> JsonNodeType.ARRAY;
            case "not an object" -> JsonNodeType.OBJECT;
            default -> JsonNodeType.STRING;
        };
        List<JsonNode> candidates = new ArrayList<>(List.of(NODES.numberNode(42), NODES.numberNode(new BigInteger("18446744073709551617")),
                NODES.numberNode(-1), NODES.numberNode(new BigDecimal("0.5")), NODES.numberNode(1e308), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.arrayNode().add(1), NODES.objectNode(), NODES.objectNode().put("a", 1), NODES.textNode("text")));
        candidates.removeIf(c -> c.getNodeType() == takes);
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** The field's length limit in FieldLimits' terms, 0 for a field that is not tested for length here. */
    private static int limitOf(DocumentTree.Slot s) {
        if (s.key() == null || !s.value().isTextual()) {
            return 0;
        }
        String path = s.path();
        return switch (s.key()) {
            case "id" -> 500;
            case "company", "role" -> 200;
            case "notes" -> 20_000;
            case "name" -> path.contains(".contacts[") ? 200 : 0;
            case "recipient" -> 200;
            case "url", "signature" -> 1_000_000;
            default -> 0;
        };
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode("\u001B[31mred\u0007");
            case 1 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 2 -> NODES.arrayNode().add(NODES.objectNode().put("x", true));
            case 3 -> NODES.nullNode();
            default -> NODES.objectNode().set("deep", NODES.arrayNode().add(NODES.arrayNode().add(1)));
        };
    }

    private static Application withId(Application a, String id) {
        return new Application(id, a.company(), a.role(), a.country(), a.appliedOn(), a.url(), a.location(), a.source(),
                a.mayCall(), a.knownDelay(), a.notes(), a.contacts(), a.interviews(), a.events());
    }

    /** A JSON string literal with every character outside printable ASCII as a \\u escape (lone surrogates included). */
    static String escaped(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
