package app.nudge.exchange;

import app.nudge.i18n.Texts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads exactly one JSON document from a file, strictly: a key given twice in one object, anything
 * but white space after the document, nesting deeper than any exchange file needs, or a file too
 * large to hold in memory is refused, each with a one-line message naming the field path or the
 * line and column. Jackson's limits also bound the work: no stack overflow, no endless number.
 */
final class JsonDocuments {

    /** An exchange file nests five levels (document, applications, application, interviews, interviewers). */
    static final int MAX_DEPTH = 64;
    /** 128 MiB: far above any job search (10,000 applications export to about 10 MB), below what fills the heap. */
    static final long MAX_BYTES = 128L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonDocuments() {
    }

    /** The one document the stream holds; never null or missing. */
    static JsonNode read(InputStream in) throws ExchangeException, IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonNode root;
            try {
                root = MAPPER.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw new ExchangeException("", beyondLimits(e)
                        + at(e.getLocation() != null ? e.getLocation() : parser.currentLocation()));
            } catch (JsonProcessingException e) {
                throw refusal(parser, e);
            }
            if (root == null || root.isMissingNode()) {
                throw new ExchangeException("", Texts.t("exchange.emptyFile"));
            }
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    throw new ExchangeException("", Texts.t("exchange.moreAfterEnd") + at(parser.currentTokenLocation()));
                }
            } catch (JsonProcessingException e) {
                throw new ExchangeException("", Texts.t("exchange.moreAfterEnd") + at(end));
            }
            return root;
        }
    }

    private static ExchangeException refusal(JsonParser parser, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
            return new ExchangeException(path(parser.getParsingContext()), Texts.t("exchange.givenTwice"));
        }
        return new ExchangeException("", Texts.t("exchange.notJson") + at(e.getLocation()));
    }

    private static String beyondLimits(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return Texts.t("exchange.tooDeep", "levels", MAX_DEPTH);
        }
        if (message.contains("Document length")) {
            return Texts.t("exchange.tooLarge", "size", MAX_BYTES / (1024 * 1024));
        }
        if (message.contains("Number value length")) {
            return Texts.t("exchange.numberTooLong");
        }
        if (message.contains("String value length") || message.contains("Name length")) {
            return Texts.t("exchange.textTooLong");
        }
        return Texts.t("exchange.beyondLimits");
    }

    /** " (line 3, column 7)", or nothing when Jackson knows no place. */
    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " " + Texts.t("exchange.at", "line", Integer.toString(location.getLineNr()),
                "column", Integer.toString(location.getColumnNr()));
    }

    /** The context's path in the format's words: "applications[0].company". */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        build(context, path);
        return path.toString();
    }

    private static void build(JsonStreamContext context, StringBuilder path) {
        if (context == null || context.inRoot()) {
            return;
        }
        build(context.getParent(), path);
        if (context.inArray()) {
            path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        } else if (context.getCurrentName() != null) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(context.getCurrentName());
        }
    }
}
