package app.nudge.compose;

import app.nudge.i18n.Texts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a user's template text. An error stops it being saved (the composer could
 * not draft from it); a warning only points at something that will show oddly in drafts.
 *
 * @param error   empty when the text may be saved
 * @param unknown placeholder names that nothing fills, in order of first use
 */
public record TemplateCheck(String error, List<String> unknown) {

    // Names as TemplateEngine reads them, with or without a leading ? or ! (line conditions).
    private static final Pattern USED = Pattern.compile("\\{[?!]?([A-Za-z][A-Za-z0-9]*)}");

    public TemplateCheck {
        unknown = List.copyOf(unknown);
    }

    public static TemplateCheck of(String templateId, String text) {
        String body = text == null ? "" : text;
        String error = "";
        if (body.isBlank()) {
            error = Texts.t("compose.check.empty");
        } else if (isMessage(templateId) && !firstLine(body).toLowerCase(Locale.ROOT).startsWith("subject:")) {
            // TemplateText reads the subject from the first line only; without it the subject is lost.
            // "Subject:" is the keyword in every language's templates, so it is not translated.
            error = Texts.t("compose.check.subject");
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher used = USED.matcher(body);
        while (used.find()) {
            if (!Placeholders.NAMES.contains(used.group(1))) {
                unknown.add(used.group(1));
            }
        }
        return new TemplateCheck(error, List.copyOf(unknown));
    }

    /** Call and voicemail scripts have no subject; every other template is an email. */
    public static boolean isMessage(String templateId) {
        return !templateId.endsWith("-call-script") && !templateId.endsWith("-voicemail");
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** "Unknown placeholders: {foo}, {bar} …", or empty. */
    public String warning() {
        if (unknown.isEmpty()) {
            return "";
        }
        return Texts.current().count("compose.check.unknown", unknown.size(),
                "names", String.join(", ", unknown.stream().map(n -> "{" + n + "}").toList()));
    }

    private static String firstLine(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int end = normalized.indexOf('\n');
        return (end < 0 ? normalized : normalized.substring(0, end)).strip();
    }
}
