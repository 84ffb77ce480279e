package app.nudge.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole words and phrases, any case: "pay" matches "Pay" but not "payment" or "repay".
 * In phrases any run of spaces matches and a straight or curly apostrophe matches either.
 */
final class WordList {

    private final Pattern pattern;

    WordList(List<String> terms) {
        List<String> alternatives = new ArrayList<>();
        for (String term : terms) {
            alternatives.add(toRegex(term));
        }
        // Longest first, so "benefit package" wins over a shorter overlapping term.
        alternatives.sort((a, b) -> b.length() - a.length());
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The distinct matches, as written in the text, in order of appearance. */
    List<String> findIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    private static String toRegex(String term) {
        StringBuilder regex = new StringBuilder();
        for (String word : term.strip().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
        }
        return regex.toString();
    }
}
