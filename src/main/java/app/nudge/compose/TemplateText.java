package app.nudge.compose;

/**
 * A template file split into its parts: an optional first line {@code Subject: ...}, a blank
 * line, then the body. Phone scripts have no subject line; their whole text is the body.
 */
record TemplateText(String subject, String body) {

    private static final String SUBJECT_PREFIX = "subject:";

    static TemplateText parse(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int lineEnd = normalized.indexOf('\n');
        String firstLine = lineEnd < 0 ? normalized : normalized.substring(0, lineEnd);
        if (!firstLine.strip().toLowerCase(java.util.Locale.ROOT).startsWith(SUBJECT_PREFIX)) {
            return new TemplateText("", normalized);
        }
        String subject = firstLine.strip().substring(SUBJECT_PREFIX.length()).strip();
        String body = lineEnd < 0 ? "" : normalized.substring(lineEnd + 1);
        return new TemplateText(subject, body);
    }
}
