package app.nudge.mail;

/**
 * Undoes RFC 3676 {@code format=flowed}: a line ending in a space continues on the next line (with
 * the same quote depth), a leading space is stuffing. Jakarta Mail hands such text over raw, and a
 * sentence cut in two would be read as two.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\r?\n", -1);
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing, or the space after the quote marks
            }
            boolean signature = line.equals("-- ");
            boolean soft = !signature && line.endsWith(" ");
            if (paragraph != null && depth != paragraphDepth) {
                out.append(quoted(paragraphDepth, paragraph)).append('\n'); // depth changed: the flow ends
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(soft && delSp ? line.substring(0, line.length() - 1) : line);
            if (!soft) {
                out.append(quoted(depth, paragraph)).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(quoted(paragraphDepth, paragraph)).append('\n');
        }
        String result = out.toString();
        // split(-1) kept a last empty piece for a trailing newline; keep the text's own ending
        return text.endsWith("\n") ? result.substring(0, result.length() - 1) : stripLastNewline(result);
    }

    private static String stripLastNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String quoted(int depth, CharSequence line) {
        if (depth == 0) {
            return line.toString();
        }
        return ">".repeat(depth) + (line.isEmpty() ? "" : " ") + line;
    }
}
