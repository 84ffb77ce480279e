package app.nudge.domain;

/** Something wrong with one field, named by its path ("interviews[0].endedAt"). */
public record FieldProblem(String path, String message) {

    /** The same problem seen from a container: {@code "applications[3]"} + {@code "company"}. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(prefix + "." + path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
