package app.nudge.exchange;

import app.nudge.i18n.Texts;
import app.nudge.domain.FieldLimits;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads from one JSON object, each failure naming the field's full path. A missing field
 * and an explicit null both mean "not given".
 */
final class JsonFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) throws ExchangeException {
        if (node == null || !node.isObject()) {
            throw new ExchangeException(path, Texts.t("exchange.notAnObject"));
        }
        this.node = node;
        this.path = path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /**
     * The field's value, null when missing or null. Every text of the file passes here first, so a
     * NUL (or half a surrogate pair) is refused naming its field before any other check quotes it.
     */
    private JsonNode given(String field) throws ExchangeException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        refuseBadCharacters(path(field), value);
        return value;
    }

    private static void refuseBadCharacters(String path, JsonNode value) throws ExchangeException {
        if (value.isTextual()) {
            String bad = FieldLimits.badCharacter(value.textValue());
            if (bad != null) {
                throw new ExchangeException(path, bad);
            }
        }
    }

    String requiredText(String field) throws ExchangeException {
        String value = text(field);
        if (value.isBlank()) {
            throw new ExchangeException(path(field), Texts.t("exchange.required"));
        }
        return value;
    }

    String text(String field) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            throw new ExchangeException(path(field), Texts.t("exchange.notAText"));
        }
        return value.textValue();
    }

    boolean bool(String field) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ExchangeException(path(field), Texts.t("exchange.notABoolean"));
        }
        return value.booleanValue();
    }

    LocalDate date(String field) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            return null;
        }
        try {
            if (value.isTextual()) {
                return LocalDate.parse(value.textValue(), DATE);
            }
        } catch (DateTimeParseException e) {
            // reported below, the same as a value of the wrong type
        }
        throw new ExchangeException(path(field), Texts.t("exchange.notADate"));
    }

    LocalDate requiredDate(String field) throws ExchangeException {
        LocalDate value = date(field);
        if (value == null) {
            throw new ExchangeException(path(field), Texts.t("exchange.required"));
        }
        return value;
    }

    LocalDateTime requiredDateTime(String field) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            throw new ExchangeException(path(field), Texts.t("exchange.required"));
        }
        try {
            if (value.isTextual()) {
                return LocalDateTime.parse(value.textValue(), DATE_TIME);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new ExchangeException(path(field), Texts.t("exchange.notADateTime"));
    }

    /** An enum constant by its exact name. */
    <E extends Enum<E>> E enumValue(String field, Class<E> type, String what) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
            throw new ExchangeException(path(field), Texts.t("exchange.unknownValue", "what", what, "value", value.textValue()));
        }
        throw new ExchangeException(path(field), Texts.t("exchange.notAText"));
    }

    /** The elements of a list field (empty when not given). */
    List<JsonNode> list(String field) throws ExchangeException {
        JsonNode value = given(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ExchangeException(path(field), Texts.t("exchange.notAList"));
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** A list of texts. */
    List<String> texts(String field) throws ExchangeException {
        List<String> result = new ArrayList<>();
        List<JsonNode> items = list(field);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isTextual()) {
                throw new ExchangeException(path(field) + "[" + i + "]", Texts.t("exchange.notAText"));
            }
            refuseBadCharacters(path(field) + "[" + i + "]", items.get(i));
            result.add(items.get(i).textValue());
        }
        return result;
    }

    /** This object's own path ("applications[3]"). */
    String base() {
        return path;
    }

    boolean has(String field) throws ExchangeException {
        return given(field) != null;
    }

    JsonNode node() {
        return node;
    }
}
