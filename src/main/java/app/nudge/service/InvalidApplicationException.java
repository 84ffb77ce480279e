package app.nudge.service;

import app.nudge.common.UserFacing;
import app.nudge.domain.FieldProblem;
import app.nudge.i18n.ProblemTexts;
import java.util.List;
import java.util.stream.Collectors;

/** A change refused by the validation rules; nothing was stored. */
public class InvalidApplicationException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidApplicationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem on one line, each naming its field: "company: required; notes: longer than ...". */
    @Override
    public String userMessage() {
        return ProblemTexts.line(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
