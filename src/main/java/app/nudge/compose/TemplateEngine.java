package app.nudge.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders from a map. A line may start with conditions so a template
 * reads naturally when a value is missing (a user-edited template can use them too):
 * <ul>
 *   <li>{@code {?name}} keeps the line only when {@code name} has a non-blank value;</li>
 *   <li>{@code {!name}} keeps the line only when it has none.</li>
 * </ul>
 * Several conditions may follow each other; all must hold. Lines next to each other that start
 * with {@code {#1}}, {@code {#2}}, ... are alternative wordings of one passage: a draft keeps one
 * of them, chosen by its wording number (the first for wording 0, the second for wording 1, and
 * round again), so the notes to the people of one panel read differently. After dropped lines,
 * runs of blank lines shrink to one, so paragraphs stay evenly spaced. A placeholder whose name is not in the
 * map is left as written and reported, so the lint and the settings screen can point at it.
 */
public final class TemplateEngine {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern CONDITIONS = Pattern.compile("^((?:\\{[?!][A-Za-z][A-Za-z0-9]*}|\\{#[1-9]})+)");
    private static final Pattern ONE_CONDITION = Pattern.compile("\\{([?!])([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\{#([1-9])}");

    private TemplateEngine() {
    }

    /** The filled text and the names of placeholders nothing filled, in order of first use. */
    public record Filled(String text, List<String> unfilled) {
        public Filled {
            unfilled = List.copyOf(unfilled);
        }
    }

    /** The first wording of every passage. */
    public static Filled fill(String template, Map<String, String> values) {
        return fill(template, values, 0);
    }

    /** {@code wording} (0, 1, 2...) picks among the {@code {#n}} alternatives of each passage. */
    public static Filled fill(String template, Map<String, String> values, int wording) {
        Set<String> unfilled = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        String[] lines = template.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int[] alternative = new int[lines.length];
        int[] passageSize = alternativesPerPassage(lines, alternative);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (alternative[i] > 0 && alternative[i] != wording % passageSize[i] + 1) {
                continue;
            }
            Matcher conditions = CONDITIONS.matcher(line);
            if (conditions.find()) {
                if (!allHold(conditions.group(1), values)) {
                    continue;
                }
                line = line.substring(conditions.end());
            }
            kept.add(substitute(line, values, unfilled).stripTrailing());
        }
        return new Filled(joinCollapsingBlankRuns(kept), new ArrayList<>(unfilled));
    }

    /**
     * Fills {@code alternative} with each line's {@code {#n}} (0 for none) and returns, per line,
     * the number of alternatives of its passage: the highest n among the neighbouring lines.
     */
    private static int[] alternativesPerPassage(String[] lines, int[] alternative) {
        int[] size = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            Matcher conditions = CONDITIONS.matcher(lines[i]);
            if (conditions.find()) {
                Matcher n = ALTERNATIVE.matcher(conditions.group(1));
                alternative[i] = n.find() ? Integer.parseInt(n.group(1)) : 0;
            }
        }
        int start = 0;
        while (start < lines.length) {
            int end = start;
            int highest = 0;
            while (end < lines.length && alternative[end] > 0) {
                highest = Math.max(highest, alternative[end]);
                end++;
            }
            for (int i = start; i < end; i++) {
                size[i] = highest;
            }
            start = end == start ? start + 1 : end;
        }
        return size;
    }

    private static boolean allHold(String conditions, Map<String, String> values) {
        Matcher each = ONE_CONDITION.matcher(conditions);
        while (each.find()) {
            boolean present = hasValue(values, each.group(2));
            if (each.group(1).equals("?") != present) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValue(Map<String, String> values, String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    private static String substitute(String line, Map<String, String> values, Set<String> unfilled) {
        Matcher placeholder = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = values.get(name);
            if (value == null) {
                unfilled.add(name);
                value = placeholder.group();
            }
            // Values are inserted literally, never scanned again: a talking point with braces stays text.
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String joinCollapsingBlankRuns(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean previousBlank = true; // also drops blank lines at the start
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (blank && previousBlank) {
                continue;
            }
            out.append(blank ? "" : line).append('\n');
            previousBlank = blank;
        }
        return out.toString().strip();
    }
}
