package app.nudge.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML flavour of "copy all", so pasting into a web mail editor keeps the paragraphs:
 * blank-line separated paragraphs become {@code <p>}, single line breaks {@code <br>}.
 */
public final class HtmlDraft {

    private HtmlDraft() {
    }

    public static String toHtml(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            List<String> lines = paragraph.strip().lines().map(HtmlDraft::escape).toList();
            paragraphs.add("<p>" + String.join("<br>", lines) + "</p>");
        }
        return String.join("\n", paragraphs);
    }

    private static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
