package app.nudge.ui.log;

import app.nudge.i18n.ProblemTexts;
import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import app.nudge.domain.FieldPath;
import app.nudge.domain.FieldProblem;
import app.nudge.service.ChangedElsewhereException;
import app.nudge.service.InvalidApplicationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The problems the form shows, keyed by {@link FormField} and by interviewer line. The rules'
 * problems come in with their path read into a {@link FieldPath} and are put next to the field the
 * user typed into; what belongs to no field goes under {@code FORM}.
 */
final class FormErrors {

    private final Map<FormField, ReadOnlyStringWrapper> errors = new EnumMap<>(FormField.class);
    private final List<InterviewerRow> rows;
    private final List<FieldProblem> shown = new ArrayList<>();

    /**
     * Where the application the form would store came from.
     *
     * @param contactRows for each contact index of that application, the interviewer line it came from
     * @param roundIndex  the index of the form's round in it
     * @param roundDay    the round's day, or null when the end could not be read
     */
    record Origin(Map<Integer, Integer> contactRows, int roundIndex, LocalDate roundDay) {
    }

    FormErrors(List<InterviewerRow> rows) {
        this.rows = rows;
        for (FormField field : FormField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
    }

    ReadOnlyStringProperty property(FormField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** Clears every message, before a new check. */
    void clear() {
        errors.values().forEach(e -> e.set(""));
        rows.forEach(r -> r.error.set(""));
        shown.clear();
    }

    /** The problems shown since the last {@link #clear()}. */
    List<FieldProblem> shown() {
        return List.copyOf(shown);
    }

    Optional<FormField> firstInvalid() {
        return errors.entrySet().stream().filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey).findFirst();
    }

    /** Shows {@code message} next to {@code field}, unless it already shows one (the first problem wins). */
    void show(FormField field, String message) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error.get().isEmpty()) {
            error.set(message);
        }
        shown.add(new FieldProblem(field.name(), message));
    }

    /** Replaces whatever {@code field} shows (a date the field could not read, a failed store). */
    void set(FormField field, String message) {
        errors.get(field).set(message);
    }

    void showRow(int index, String message) {
        InterviewerRow row = rows.get(index);
        if (row.error.get().isEmpty()) {
            row.error.set(message);
        }
        ReadOnlyStringWrapper summary = errors.get(FormField.INTERVIEWERS);
        if (summary.get().isEmpty()) {
            summary.set(t("log.error.checkInterviewer", "number", index + 1, "problem", message));
        }
        shown.add(new FieldProblem(FormField.INTERVIEWERS.name() + "[" + index + "]", message));
    }

    /** Puts one of the rules' problems next to the field it concerns. */
    void route(FieldProblem problem, Origin origin) {
        String message = ProblemTexts.message(problem);
        boolean required = "required".equals(problem.code()) || problem.message().equals("required");
        switch (FieldPath.of(problem.path())) {
            case FieldPath.Top(String field) when field.equals("company") ->
                    show(FormField.COMPANY, required ? t("log.error.company") : sentence(message));
            case FieldPath.Top(String field) when field.equals("role") ->
                    show(FormField.ROLE, required ? t("log.error.role") : sentence(message));
            case FieldPath.Top(String field) when field.equals("notes") -> show(FormField.NOTES, sentence(message));
            case FieldPath.OfContact(int index, String field) when origin.contactRows().containsKey(index) ->
                    showRow(origin.contactRows().get(index),
                            field.equals("name") ? t("log.error.name", "problem", message) : sentence(message));
            case FieldPath.OfRound(int index, String field)
                    when index == origin.roundIndex() && field.equals("endedAt") -> show(FormField.ENDED_DATE, sentence(message));
            case FieldPath.OfRound(int index, String field)
                    when index == origin.roundIndex() && field.equals("decisionExpectedBy") && message.startsWith("the year") ->
                    show(FormField.DECISION_DATE, sentence(message));
            case FieldPath.OfRound(int index, String field)
                    when index == origin.roundIndex() && field.equals("decisionExpectedBy") -> {
                if (origin.roundDay() != null) {
                    show(FormField.DECISION_DATE, t("log.error.decisionBefore",
                            "day", Texts.current().date("format.dayYear", origin.roundDay())));
                }
            }
            // Something stored earlier (another round, a contact no line names): not the user's typing.
            default -> show(FormField.FORM, t("log.error.stored", "problem", problem));
        }
    }

    /** Shows why the store refused a save. */
    void showFailure(Throwable failure, Origin origin, boolean editing) {
        Throwable error = ErrorMessages.unwrap(failure);
        if (error instanceof InvalidApplicationException invalid) {
            invalid.problems().forEach(p -> route(p, origin));
        } else if (error instanceof ChangedElsewhereException) {
            set(FormField.FORM, ErrorMessages.of(error)); // already says that nothing was saved and what to do
        } else if (error instanceof NoSuchElementException) {
            set(FormField.FORM, editing ? t("log.error.roundGone") : t("log.error.applicationGone"));
        } else {
            set(FormField.FORM, t("log.error.couldNotSave", "reason", ErrorMessages.of(error)));
        }
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
