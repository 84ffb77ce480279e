package app.nudge.replies;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sentence as the phrase lists are written against: lower case, curly quotes made straight, and
 * every run of white space (line breaks of a hard-wrapped email included) one space. Used only to
 * decide; evidence always keeps the message's own characters and offsets.
 */
final class Flat {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private Flat() {
    }

    static String of(String text) {
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return SPACES.matcher(straight).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
