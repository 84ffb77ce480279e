package app.nudge.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the new part of a message into sentences, each an {@link Evidence} whose offsets point
 * into the whole text, so {@code text.substring(start, end)} is the sentence exactly.
 * A sentence ends at . ! or ? followed by white space (not after an abbreviation such as "Dec."),
 * at a blank line, and after a short line ending in "," or ":" (a greeting, "Here are the times:"),
 * since emails are hard-wrapped and a single line break is not an end.
 */
final class Sentences {

    /** Words that end with a dot without ending a sentence ("Dec. 12th", "2 p.m.", "Acme Inc."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "e.g", "i.e", "a.m", "p.m", "no",
            // German, French, Spanish and Dutch: titles, "z. B.", months and weekdays written short.
            "hr", "fr", "frau", "bzw", "z.b", "d.h", "u.a", "usw", "ca", "evtl", "ggf", "inkl", "nr", "tel", "bspw", "str",
            "mär", "mrz", "okt", "dez",
            "mme", "mlle", "janv", "févr", "fév", "avr", "juil", "déc", "lun", "jeu", "ven", "env",
            "sra", "srta", "dña", "ud", "uds", "ene", "abr", "ago", "dic", "mié", "sáb",
            "dhr", "mevr", "bijv", "o.a", "a.s", "mrt", "m.b.t", "i.v.m");
    /** A month name after "15." makes it a German date ("am 15. Dezember"), not the end of a sentence. */
    private static final java.util.regex.Pattern MONTH_AFTER = java.util.regex.Pattern.compile(
            "\\s+(jan|feb|m[aä]r|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)", java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE);
    /** A line this short ending in "," or ":" is a greeting or a lead-in, its own sentence. */
    private static final int SHORT_LINE = 60;

    private Sentences() {
    }

    static List<Evidence> of(String text, List<Span> spans) {
        List<Evidence> sentences = new ArrayList<>();
        for (Span span : spans) {
            split(text, span, sentences);
        }
        return sentences;
    }

    private static void split(String text, Span span, List<Evidence> out) {
        int start = span.start();
        int lineStart = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            boolean atEnd = i + 1 >= span.end();
            if ((c == '.' || c == '!' || c == '?') && (atEnd || Character.isWhitespace(text.charAt(i + 1)))) {
                if (c != '.' || !isAbbreviation(text, start, i) && !isDateDot(text, i, span.end())) {
                    add(text, start, i + 1, out);
                    start = i + 1;
                }
            } else if (c == '\n' || c == '\r') {
                String line = text.substring(lineStart, i).strip();
                boolean leadIn = line.length() <= SHORT_LINE && (line.endsWith(",") || line.endsWith(":"));
                if (leadIn || line.isEmpty() || isBlankLineNext(text, i, span.end())) {
                    add(text, start, i, out);
                    start = i;
                }
                if (c == '\r' && i + 1 < span.end() && text.charAt(i + 1) == '\n') {
                    i++; // one line break, not an empty line between \r and \n
                }
                lineStart = i + 1;
            }
        }
        add(text, start, span.end(), out);
    }

    /** Whether the line after the break at {@code i} is blank: a paragraph ends here. */
    private static boolean isBlankLineNext(String text, int i, int end) {
        int j = i + 1;
        if (text.charAt(i) == '\r' && j < end && text.charAt(j) == '\n') {
            j++;
        }
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= end || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        // A single letter is an initial ("J. Smith"); a digit before the dot is a number, not one.
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /**
     * A dot that belongs to a German date: "15." before a month ("am 15. Dezember"), or "15.12." before
     * a word in lower case or a digit ("bis 15.12. um 14 Uhr"); "bis 15.12. Viele Grüße" still ends.
     */
    private static boolean isDateDot(String text, int dot, int end) {
        int digits = dot;
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        int count = dot - digits;
        if (count < 1 || count > 2 || digits > 0 && Character.isLetter(text.charAt(digits - 1))) {
            return false;
        }
        if (MONTH_AFTER.matcher(text).region(dot + 1, end).lookingAt()) {
            return true;
        }
        boolean dayMonth = digits >= 2 && text.charAt(digits - 1) == '.' && Character.isDigit(text.charAt(digits - 2));
        int next = dot + 1;
        while (next < end && text.charAt(next) == ' ') {
            next++;
        }
        return dayMonth && next < end && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
    }

    /** Adds [from, to) trimmed of white space, when anything is left that has a letter or digit. */
    private static void add(String text, int from, int to, List<Evidence> out) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String sentence = text.substring(start, end);
        if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Evidence(sentence, start, end));
        }
    }
}
