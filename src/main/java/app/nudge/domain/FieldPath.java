package app.nudge.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link FieldProblem}'s path ("contacts[2].email") read once into a typed value, so forms route
 * problems by field and index instead of matching path strings each in its own way.
 */
public sealed interface FieldPath {

    /** A field of the application itself: "company", "role", "notes". */
    record Top(String field) implements FieldPath {
    }

    /** A field of the contact at {@code index}. */
    record OfContact(int index, String field) implements FieldPath {
    }

    /** A field of the round at {@code index}. */
    record OfRound(int index, String field) implements FieldPath {
    }

    /** Anything else (an event): never the form's own typing. */
    record Other(String path) implements FieldPath {
    }

    Pattern INDEXED = Pattern.compile("(contacts|interviews)\\[(\\d+)]\\.(\\w+)");
    Pattern PLAIN = Pattern.compile("\\w+");

    /** The path of {@code problem}, typed. */
    static FieldPath of(FieldProblem problem) {
        return of(problem.path());
    }

    static FieldPath of(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            return indexed.group(1).equals("contacts") ? new OfContact(index, indexed.group(3))
                    : new OfRound(index, indexed.group(3));
        }
        return PLAIN.matcher(path).matches() ? new Top(path) : new Other(path);
    }
}
