package app.nudge.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML body as the plain text a reader of the mail would see: paragraphs and line breaks kept
 * (br, p, div, li, headings, table rows), and quoted earlier messages ({@code <blockquote>}, Gmail's
 * {@code gmail_quote}, Outlook's {@code divRplyFwdMsg} and everything after it) as lines starting
 * with "> ", the way a plain-text mail quotes, so the reader can tell the reply from the user's own
 * quoted follow-up below it.
 */
public final class HtmlText {

    /** Set on the elements that start an Outlook-style quote (the quote runs to the end of the parent). */
    private static final String QUOTE_MARK = "data-nudge-quoted";

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "template", "noscript");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "table", "ul", "ol", "dl", "blockquote", "hr", "address", "figure");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "section", "article",
            "header", "footer", "center", "caption", "form", "fieldset", "main", "nav", "aside");

    private HtmlText() {
    }

    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        markOutlookQuotes(document);
        Lines lines = new Lines();
        walk(document.body() == null ? document : document.body(), 0, false, lines);
        return lines.toString();
    }

    /**
     * Outlook puts the earlier message after its "From: ... Sent: ..." block, as siblings, not
     * inside a blockquote: mark that block and each sibling after it as quoted.
     */
    private static void markOutlookQuotes(Document document) {
        for (Element start : document.select("#divRplyFwdMsg, div[style*=border-top:solid #E1E1E1], div[style*=border-top:solid #B5C4DF]")) {
            Element from = start;
            // Outlook desktop wraps the "From:" block in a div of its own: quote from the wrapper.
            while (from.parent() != null && from.parent().childrenSize() == 1 && !"body".equals(from.parent().normalName())) {
                from = from.parent();
            }
            if (from.parent() != null && from.parent().hasAttr(QUOTE_MARK)) {
                continue;
            }
            for (Element e = from; e != null; e = e.nextElementSibling()) {
                e.attr(QUOTE_MARK, "");
            }
            Element hr = from.previousElementSibling(); // Outlook's separator line belongs to the quote
            if (hr != null && "hr".equals(hr.normalName())) {
                hr.attr(QUOTE_MARK, "");
            }
        }
    }

    private static void walk(Node node, int depth, boolean pre, Lines lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                lines.text(text.getWholeText(), depth, pre);
            } else if (child instanceof Element element) {
                element(element, depth, pre, lines);
            }
        }
    }

    private static void element(Element element, int depth, boolean pre, Lines lines) {
        String name = element.normalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        if ("br".equals(name)) {
            lines.lineBreak(depth);
            return;
        }
        int inner = depth + (quotes(element) ? 1 : 0);
        boolean paragraph = PARAGRAPHS.contains(name);
        boolean block = paragraph || LINES.contains(name);
        if (paragraph) {
            lines.paragraph();
        } else if (block) {
            lines.endLine();
        }
        if ("li".equals(name)) {
            lines.text("- ", inner, true);
        } else if (("td".equals(name) || "th".equals(name)) && element.elementSiblingIndex() > 0) {
            lines.text(" ", inner, false);
        } else if ("img".equals(name) && !element.attr("alt").isBlank()) {
            lines.text(element.attr("alt"), inner, false);
        }
        walk(element, inner, pre || "pre".equals(name), lines);
        if (paragraph) {
            lines.paragraph();
        } else if (block) {
            lines.endLine();
        }
    }

    /** Whether this element adds one level of quoting. */
    private static boolean quotes(Element element) {
        String name = element.normalName();
        if ("blockquote".equals(name) || element.hasAttr(QUOTE_MARK) || element.hasClass("yahoo_quoted")) {
            return true;
        }
        // Gmail's <div class="gmail_quote"> holds the "On ... wrote:" line and a
        // <blockquote class="gmail_quote">: the blockquote quotes, the attribution line stays a line.
        return element.hasClass("gmail_quote") && element.selectFirst("blockquote") == null;
    }

    /** Text assembled line by line, each line prefixed by "> " once per quote level it is in. */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int lineDepth;
        private boolean blankWanted;
        private boolean spaceWanted;
        private int lastDepth;
        private boolean endsWithBlank;

        void text(String raw, int depth, boolean pre) {
            if (pre) {
                String[] parts = raw.replace('\u00A0', ' ').split("\r?\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lineBreak(depth);
                    }
                    append(parts[i], depth);
                }
                return;
            }
            String collapsed = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ");
            if (collapsed.isEmpty()) {
                return;
            }
            if (collapsed.isBlank()) {
                spaceWanted = true;
                return;
            }
            if (collapsed.startsWith(" ")) {
                spaceWanted = true;
            }
            append(collapsed.strip(), depth);
            spaceWanted = collapsed.endsWith(" ");
        }

        private void append(String text, int depth) {
            if (text.isEmpty()) {
                return;
            }
            if (line.isEmpty()) {
                if (blankWanted && !out.isEmpty() && !endsWithBlank) {
                    // a blank line between two quoted lines stays inside the quote (">"), as in plain text
                    out.append("> ".repeat(Math.min(lastDepth, depth)).stripTrailing()).append('\n');
                    endsWithBlank = true;
                }
                blankWanted = false;
                lineDepth = depth;
            } else if (spaceWanted && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
            line.append(text);
            spaceWanted = false;
        }

        /** {@code <br>}: ends the line, even an empty one. */
        void lineBreak(int depth) {
            if (line.isEmpty()) {
                lineDepth = depth;
            }
            flushLine();
        }

        /** The end or start of a block: ends a line that has text. */
        void endLine() {
            if (!line.isEmpty()) {
                flushLine();
            }
        }

        /** The end or start of a paragraph: a blank line before the next text. */
        void paragraph() {
            endLine();
            blankWanted = true;
        }

        private void flushLine() {
            String content = line.toString().stripTrailing();
            String prefix = "> ".repeat(lineDepth);
            out.append(content.isEmpty() ? prefix.stripTrailing() : prefix + content).append('\n');
            endsWithBlank = content.isEmpty();
            lastDepth = lineDepth;
            line.setLength(0);
            spaceWanted = false;
        }

        @Override
        public String toString() {
            endLine();
            String text = out.toString().replaceAll("\n{3,}", "\n\n");
            String trimmed = text.replaceAll("^\n+", "").stripTrailing();
            return trimmed.isEmpty() ? "" : trimmed + "\n";
        }
    }
}
