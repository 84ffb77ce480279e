package app.nudge.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the new part of a reply: everything above the first quoted earlier message or the
 * signature, without "> " lines. Nothing below that line is ever read, because the user's own
 * follow-up quoted under a reply ("I wanted to follow up on Friday...") would otherwise give a
 * false date or kind. A forwarded message is read instead of a short note above it ("FYI").
 */
final class QuotedParts {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** "> quoted" lines: quoted text of an earlier message, wherever they stand. */
    private static final Pattern QUOTE_LINE = Pattern.compile("^\\s*>");
    private static final int CIU = CI | Pattern.UNICODE_CASE;
    /**
     * Gmail/Apple/Thunderbird attribution "On Tue, Dec 1, 2026 at 9:00 AM Sam <sam@x.com> wrote:", often
     * wrapped; in German "Am … schrieb …:", French "Le … a écrit :", Spanish "El … escribió:", Dutch
     * "Op … schreef …:".
     */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*(On|Am|Le|El|Op)\\s", CI);
    private static final Pattern WROTE_END = Pattern.compile(
            "(\\bwrote|\\bschrieb|\\ba [ée]crit|\\bescribi[óo]|\\bschreef)\\s?:\\s*$|\\b(schrieb|schreef)\\s.{1,120}:\\s*$", CIU);
    /** In the other languages the attribution names a date: "Am Tue geht..." is a sentence, not an attribution. */
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Outlook and older clients: "-----Original Message-----", and the same line in German, French, Spanish and Dutch. */
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(original message|urspr\u00fcngliche nachricht|original-nachricht|message d'origine|message original"
                    + "|mensaje original|oorspronkelijk bericht|origineel bericht)\\s*-{2,}\\s*$", CIU);
    /** Outlook's rule above its header block. */
    private static final Pattern OUTLOOK_RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    /**
     * Outlook's quoted header block: "From: ..." then Sent/Date/To/Subject lines; German Von, Gesendet, An,
     * Betreff; French De, Envoyé, À, Objet (with a space before the colon); Spanish De, Enviado, Para, Asunto;
     * Dutch Van, Verzonden, Aan, Onderwerp.
     */
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|von|de|van)\\s?:\\*?\\s*\\S", CIU);
    private static final Pattern HEADER_DATE = Pattern.compile(
            "^\\s*\\*?(sent|date|gesendet|datum|envoy\u00e9|enviado|fecha|verzonden)\\s?:\\*?\\s", CIU);
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "^\\s*\\*?(sent|date|to|cc|subject|reply-to|gesendet|datum|an|betreff|envoy\u00e9|\u00e0|objet|enviado|fecha|para|asunto"
                    + "|verzonden|aan|onderwerp)\\s?:\\*?\\s", CIU);
    /**
     * A note that hands on a colleague's message quoted below it ("I'm passing on James's note below",
     * "forwarding Ines's note below"): that message is part of what the company says this time. Only
     * someone else's note: "see my answers below" or "your message below" quote the user's own mail.
     */
    private static final Pattern HANDS_ON_BELOW = Pattern.compile(
            "\\b([a-z]+'s|his|her|their) (note|message|email|e-mail|mail|reply|answer) below\\b"
                    + "|\\b(passing on|passing along|forwarding) ([a-z]+'s|his|her|their) (note|message|email|e-mail|mail|reply|answer)\\b", CI);
    /**
     * Gmail "---------- Forwarded message ---------", Apple "Begin forwarded message:", Outlook/Thunderbird
     * variants, and their German, French, Spanish and Dutch wordings.
     */
    private static final Pattern FORWARD = Pattern.compile(
            "^\\s*(-{2,}\\s*(forwarded message|weitergeleitete nachricht|message transf\u00e9r\u00e9|mensaje reenviado|doorgestuurd bericht)"
                    + "\\s*-{2,}|(begin forwarded message|anfang der weitergeleiteten nachricht|d\u00e9but du message r\u00e9exp\u00e9di\u00e9"
                    + "|inicio del mensaje reenviado|begin doorgestuurd bericht)\\s?:)\\s*$", CIU);
    /** The signature separator "-- " (RFC 3676); "--" too, since some clients strip the space. */
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.%+'-]+@[\\w-]+(\\.[\\w-]+)+");
    /** A note above a forwarded message this short ("FYI", "see below") is not the reply itself. */
    private static final int SHORT_NOTE_WORDS = 30;

    private enum Cut { NONE, QUOTE, ATTRIBUTION, FORWARD, SIGNATURE }

    private QuotedParts() {
    }

    static ReplyText read(String text) {
        List<Span> lines = lines(text);
        Boundary first = nextBoundary(text, lines, 0);
        List<Span> spans = unquoted(text, lines, 0, first.line);
        if (words(text, spans) == 0 && first.cut == Cut.ATTRIBUTION) {
            // Bottom-posted reply: the new text stands below the quoted lines.
            int after = first.line + first.length;
            spans = unquoted(text, lines, after, nextBoundary(text, lines, after).line);
        }
        int forward = forwardLine(text, lines, first);
        if (forward >= 0 && words(text, spans) <= SHORT_NOTE_WORDS) {
            return forwarded(text, lines, forward, spans);
        }
        if (first.cut == Cut.QUOTE && HANDS_ON_BELOW.matcher(joined(text, spans)).find()) {
            // The company passes on a colleague's message quoted below: read the note and that message,
            // still as written by the sender of the whole (only a forward replaces the sender).
            ReplyText handedOn = forwarded(text, lines, first.line, spans);
            return new ReplyText(handedOn.spans(), false, "", "");
        }
        return new ReplyText(spans, false, "", "");
    }

    private static String joined(String text, List<Span> spans) {
        StringBuilder joined = new StringBuilder();
        for (Span span : spans) {
            joined.append(text, span.start(), span.end()).append(' ');
        }
        return joined.toString();
    }

    /**
     * The note above (often "see Priya's note below - does Wednesday work?") followed by the forwarded
     * message's body (its own quotes cut), and that message's From: address and Date: line.
     */
    private static ReplyText forwarded(String text, List<Span> lines, int forwardLine, List<Span> note) {
        String from = "";
        String date = "";
        int body = forwardLine + 1;
        while (body < lines.size()) {
            String line = line(text, lines, body);
            if (HEADER_FROM.matcher(line).find()) {
                Matcher address = ADDRESS.matcher(line);
                from = address.find() ? address.group().toLowerCase(Locale.ROOT) : from;
            } else if (HEADER_DATE.matcher(line).find()) {
                date = line.strip();
            } else if (!HEADER_FIELD.matcher(line).find() && !line.isBlank()) {
                break;
            }
            body++;
        }
        Boundary end = nextBoundary(text, lines, body);
        List<Span> spans = new ArrayList<>(note);
        spans.addAll(unquoted(text, lines, body, end.line));
        return new ReplyText(spans, true, from, date);
    }

    /** A forward marker after the new part, with nothing but a signature between. */
    private static int forwardLine(String text, List<Span> lines, Boundary first) {
        if (first.cut == Cut.FORWARD) {
            return first.line;
        }
        if (first.cut != Cut.SIGNATURE) {
            return -1;
        }
        Boundary next = nextBoundary(text, lines, first.line + 1);
        return next.cut == Cut.FORWARD ? next.line : -1;
    }

    private record Boundary(int line, int length, Cut cut) {
    }

    private static Boundary nextBoundary(String text, List<Span> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = line(text, lines, i);
            if (FORWARD.matcher(line).find()) {
                return new Boundary(i, 1, Cut.FORWARD);
            }
            if (SIGNATURE.matcher(line).find()) {
                return new Boundary(i, 1, Cut.SIGNATURE);
            }
            if (ORIGINAL_MESSAGE.matcher(line).find() || OUTLOOK_RULE.matcher(line).find()
                    || isOutlookHeader(text, lines, i)) {
                return new Boundary(i, 1, Cut.QUOTE);
            }
            int attribution = attributionLength(text, lines, i);
            if (attribution > 0) {
                return new Boundary(i, attribution, Cut.ATTRIBUTION);
            }
        }
        return new Boundary(lines.size(), 0, Cut.NONE);
    }

    /** "On ... wrote:" on one line or wrapped over up to three; 0 when line i does not start one. */
    private static int attributionLength(String text, List<Span> lines, int i) {
        if (!ATTRIBUTION_START.matcher(line(text, lines, i)).find()) {
            return 0;
        }
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < 3 && i + n < lines.size(); n++) {
            String line = line(text, lines, i + n);
            if (n > 0 && line.isBlank()) {
                return 0;
            }
            joined.append(' ').append(line.strip());
            if (WROTE_END.matcher(joined).find()) {
                boolean english = joined.toString().strip().regionMatches(true, 0, "On", 0, 2);
                return english || DIGIT.matcher(joined).find() ? n + 1 : 0;
            }
        }
        return 0;
    }

    /** "From: ..." followed within the next four lines by at least two of Sent/Date/To/Cc/Subject. */
    private static boolean isOutlookHeader(String text, List<Span> lines, int i) {
        if (!HEADER_FROM.matcher(line(text, lines, i)).find()) {
            return false;
        }
        int fields = 0;
        for (int n = i + 1; n < Math.min(lines.size(), i + 5); n++) {
            if (HEADER_FIELD.matcher(line(text, lines, n)).find()) {
                fields++;
            }
        }
        return fields >= 2;
    }

    /** Runs of lines in [from, to) that are not "> " quotes, as spans of the text. */
    private static List<Span> unquoted(String text, List<Span> lines, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = from; i < to; i++) {
            Span line = lines.get(i);
            if (QUOTE_LINE.matcher(line(text, lines, i)).find()) {
                if (start >= 0) {
                    spans.add(new Span(start, end));
                    start = -1;
                }
            } else {
                start = start < 0 ? line.start() : start;
                end = line.end();
            }
        }
        if (start >= 0) {
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static int words(String text, List<Span> spans) {
        int words = 0;
        for (Span span : spans) {
            String part = text.substring(span.start(), span.end()).strip();
            words += part.isEmpty() ? 0 : part.split("\\s+").length;
        }
        return words;
    }

    private static String line(String text, List<Span> lines, int i) {
        Span line = lines.get(i);
        return text.substring(line.start(), line.end());
    }

    /** Each line's range, without its line break (\n, \r\n or \r). */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Span(start, text.length()));
        }
        return lines;
    }
}
