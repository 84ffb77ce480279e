package app.nudge.service;

import app.nudge.domain.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A change refused by the validation rules; nothing was stored. */
public class InvalidApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidApplicationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
