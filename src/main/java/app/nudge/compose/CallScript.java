package app.nudge.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the branches of a call script. Each branch starts with a heading line
 * {@code ## key: Title}; the key is stable (the UI acts on it), the title is for people.
 * Keys of the shipped scripts: before, opening, reached, still-deciding, names-date, voicemail,
 * closing. On {@value #NAMES_A_DATE} the UI offers to record CHECK_BACK_AGREED with that date.
 */
public final class CallScript {

    public static final String NAMES_A_DATE = "names-date";
    public static final String STILL_DECIDING = "still-deciding";
    public static final String REACHED = "reached";
    public static final String VOICEMAIL = "voicemail";

    private static final Pattern HEADING = Pattern.compile("^##\\s*([a-z][a-z-]*)\\s*:\\s*(.*)$");

    private CallScript() {
    }

    /** One branch: what to say in one situation. */
    public record Branch(String key, String title, String text) {
        public boolean offersCheckBack() {
            return key.equals(NAMES_A_DATE);
        }
    }

    /** The branches in order; text before the first heading is ignored. */
    public static List<Branch> branches(String script) {
        List<Branch> branches = new ArrayList<>();
        String key = null;
        String title = null;
        StringBuilder text = new StringBuilder();
        for (String line : script.replace("\r\n", "\n").split("\n", -1)) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                if (key != null) {
                    branches.add(new Branch(key, title, text.toString().strip()));
                }
                key = heading.group(1);
                title = heading.group(2).strip();
                text.setLength(0);
            } else if (key != null) {
                text.append(line).append('\n');
            }
        }
        if (key != null) {
            branches.add(new Branch(key, title, text.toString().strip()));
        }
        return List.copyOf(branches);
    }
}
