package app.nudge.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How Nudge writes JSON everywhere: UTF-8 (emoji as real characters, not surrogate escapes),
 * two-space indent, "\n" line ends on every OS, {@code "key": value}, empty lists as {@code []}.
 * Besides the controls below U+0020 that JSON itself requires escaped, DEL, the C1 controls and the
 * bidi controls are written as <code>&#92;uXXXX</code> too ({@link TerminalSafeEscapes}), so printing the
 * JSON to a terminal runs nothing; read back, every string is exactly as stored.
 */
public final class JsonStyle {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final TerminalSafeEscapes ESCAPES = new TerminalSafeEscapes();

    private JsonStyle() {
    }

    /** A generator in this style; the caller closes it (which does not close {@code out}'s owner's stream twice). */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(ESCAPES);
        g.setPrettyPrinter(prettyPrinter());
        return g;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
