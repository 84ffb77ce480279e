package app.nudge.ui.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule problem's path ("contacts[2].email") read once into a typed value, so the form routes
 * problems by field and index instead of comparing strings in many places.
 */
sealed interface RulePath {

    /** A field of the application itself: "company", "role", "notes". */
    record Top(String field) implements RulePath {
    }

    /** A field of the contact at {@code index}. */
    record OfContact(int index, String field) implements RulePath {
    }

    /** A field of the round at {@code index}. */
    record OfRound(int index, String field) implements RulePath {
    }

    /** Anything else (an event): never the form's own typing. */
    record Other(String path) implements RulePath {
    }

    Pattern INDEXED = Pattern.compile("(contacts|interviews)\\[(\\d+)]\\.(\\w+)");
    Pattern PLAIN = Pattern.compile("\\w+");

    static RulePath of(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            return indexed.group(1).equals("contacts") ? new OfContact(index, indexed.group(3))
                    : new OfRound(index, indexed.group(3));
        }
        return PLAIN.matcher(path).matches() ? new Top(path) : new Other(path);
    }
}
