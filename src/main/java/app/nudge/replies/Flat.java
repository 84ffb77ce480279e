package app.nudge.replies;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sentence as the phrase lists are written against: lower case, curly quotes made straight,
 * every run of white space (line breaks of a hard-wrapped email included) one space, and accents
 * folded, so that the phrases of German, French, Spanish and Dutch match however a recruiter typed
 * them: "nächste", "naechste" and "nachste" all become "naechste" or "nachste", which the phrase
 * "nächste" (compiled by {@link #pattern}) matches both of; "próxima" and "proxima" both become
 * "proxima". Used only to decide; evidence always keeps the message's own characters and offsets.
 */
final class Flat {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Flat() {
    }

    static String of(String text) {
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"')
                .replace('\u00ab', '"').replace('\u00bb', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return fold(SPACES.matcher(straight).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * German umlauts as their two-letter spelling (ä → ae, ß → ss), then every other accent dropped
     * (é → e, ñ → n, ë → e): the form flat text is in.
     */
    static String fold(String lower) {
        String spelled = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        boolean ascii = spelled.chars().allMatch(c -> c < 0x80);
        return ascii ? spelled : MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A phrase written with its accents, compiled to match flat text: an umlaut matches its two-letter
     * spelling and the bare vowel ("nächste" matches "naechste" and "nachste"), any other accented
     * letter its bare letter. Accented letters must not stand inside a character class.
     */
    static Pattern pattern(String regex) {
        String spelled = regex.replace("ä", "(?:ae|a)").replace("ö", "(?:oe|o)").replace("ü", "(?:ue|u)")
                .replace("ß", "ss");
        return Pattern.compile(MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll(""));
    }
}
