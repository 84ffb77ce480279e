package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a mapping override: a properties file ({@code company=Company Name}) or a JSON object
 * ({@code {"company": "Company Name"}}). Keys are field keys; an empty value unmaps the field.
 */
public final class MappingFiles {

    private MappingFiles() {
    }

    public static Map<CsvField, String> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Map<String, String> raw = text.stripLeading().startsWith("{") ? json(file, text) : properties(text);
        Map<CsvField, String> mapping = new EnumMap<>(CsvField.class);
        raw.forEach((key, column) -> mapping.put(CsvField.byKey(key).orElseThrow(() -> new CsvImportException(
                file + ": " + Texts.t("exchange.csv.unknownField", "field", key, "fields", keys()))), column.strip()));
        return mapping;
    }

    private static Map<String, String> json(Path file, String text) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own words name its classes and character codes; the place is enough.
            throw new CsvImportException(file + ": " + Texts.t("exchange.csv.mappingNotJson",
                    "line", Integer.toString(e.getLocation().getLineNr()), "column", Integer.toString(e.getLocation().getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            throw new CsvImportException(file + ": " + Texts.t("exchange.csv.mappingNotObject"));
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                throw new CsvImportException(file + ": " + e.getKey() + ": " + Texts.t("exchange.csv.notAColumnName"));
            }
            raw.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
        }
        return raw;
    }

    private static Map<String, String> properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text)); // a Reader: the file is UTF-8, not ISO-8859-1
        Map<String, String> raw = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> raw.put(k, p.getProperty(k)));
        return raw;
    }

    private static String keys() {
        StringBuilder b = new StringBuilder();
        for (CsvField f : CsvField.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(f.key());
        }
        return b.toString();
    }
}
