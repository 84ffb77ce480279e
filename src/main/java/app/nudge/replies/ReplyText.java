package app.nudge.replies;

import java.util.List;

/**
 * The part of a message's text the company actually wrote this time, as ranges of the whole text
 * (quoted lines left out, so offsets stay those of {@link IncomingMessage#text()}).
 *
 * @param spans         the new text, in order; empty when nothing new was found
 * @param forwarded     whether the reader took a forwarded message instead of a short note above it
 * @param forwardedFrom the address on that forwarded message's {@code From:} line, empty when none
 * @param forwardedDate the text of its {@code Date:} or {@code Sent:} line, empty when none
 */
record ReplyText(List<Span> spans, boolean forwarded, String forwardedFrom, String forwardedDate) {

    ReplyText {
        spans = List.copyOf(spans);
        forwardedFrom = forwardedFrom == null ? "" : forwardedFrom;
        forwardedDate = forwardedDate == null ? "" : forwardedDate;
    }

    /** The new text's first {@code count} non-blank lines, for the company-name match. */
    String firstLines(String text, int count) {
        StringBuilder lines = new StringBuilder();
        int taken = 0;
        for (Span span : spans) {
            for (String line : text.substring(span.start(), span.end()).split("\\R")) {
                if (taken < count && !line.isBlank()) {
                    lines.append(line.strip()).append('\n');
                    taken++;
                }
            }
        }
        return lines.toString();
    }
}
