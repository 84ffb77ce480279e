package app.nudge.domain;

import java.util.List;

/**
 * Something wrong with one field, named by its path ("interviews[0].endedAt"). {@code message} is
 * the English line; {@code code} and {@code args} say the same as facts, so the window and the
 * command line can say it in the user's language ({@code app.nudge.i18n.ProblemTexts}); a problem
 * without a code is shown as its message.
 */
public record FieldProblem(String path, String message, String code, List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem said in English only. */
    public FieldProblem(String path, String message) {
        this(path, message, null, List.of());
    }

    /** The same problem seen from a container: {@code "applications[3]"} + {@code "company"}. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(prefix + "." + path, message, code, args);
    }

    /** Two problems are the same when they say the same about the same field (the code only repeats it). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p && p.path.equals(path) && p.message.equals(message);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
