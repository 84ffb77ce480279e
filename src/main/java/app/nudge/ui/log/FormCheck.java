package app.nudge.ui.log;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Contact;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what the form holds, the same way for a new round and an edited one: the form's own
 * checks (a readable end, not too far ahead unless scheduled, no second round ending at the same
 * moment, a name on every filled line), then {@link ApplicationRules} on the application saving
 * would store. Every problem is shown through {@link FormErrors}.
 */
final class FormCheck {

    /** How far in the future a round that is not marked scheduled may end (clock skew, rounding). */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    /** What the end date shows when a round not marked scheduled ends too far ahead. */
    static String tooFarAhead() {
        return t("log.error.tooFarAhead");
    }

    /** The form's values at one moment (interviewer lines apart). */
    record Inputs(String company, String role, LocalDate endedDate, String endedTime, boolean scheduled,
                  LocalDate decisionDate, String talkingPoint, boolean mayCall, boolean knownDelay, String notes) {
    }

    /** What saving stores, where its contacts came from, and the problems shown (none: it may be saved). */
    record Result(InterviewLog log, FormErrors.Origin origin, List<FieldProblem> problems) {
    }

    private FormCheck() {
    }

    /**
     * @param base        the stored application the round goes to, or null for a new one
     * @param editedIndex the round of {@code base} being edited, or -1 for a new round
     */
    static Result check(Inputs in, InterviewerRows rows, Application base, int editedIndex, LocalDateTime now,
                        FormErrors errors) {
        errors.clear();
        LocalTime time = TimeText.parse(in.endedTime()).orElse(null);
        if (in.endedDate() == null) {
            errors.show(FormField.ENDED_DATE, t("log.error.endedDate"));
        }
        if (time == null) {
            errors.show(FormField.ENDED_TIME, t("log.error.endedTime", "example", TimeText.format(LocalTime.of(14, 30))));
        }
        LocalDateTime endedAt = in.endedDate() == null || time == null ? null : in.endedDate().atTime(time);
        if (endedAt != null && !in.scheduled() && endedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.show(FormField.ENDED_DATE, tooFarAhead());
        }
        if (endedAt != null && base != null && sameEndElsewhere(base, editedIndex, endedAt)) {
            errors.show(FormField.ENDED_DATE, t("log.error.sameEnd"));
        }
        List<InterviewerRow> lines = rows.rows();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).nameProperty().get().isBlank() && !lines.get(i).isBlank()) {
                errors.showRow(i, t("log.error.noName"));
            }
        }

        // The rules need an end; an unreadable one is reported above and stands in as "now" here.
        List<Integer> lineOf = new ArrayList<>();
        List<Contact> people = rows.people(lineOf);
        InterviewRound round = new InterviewRound(endedAt == null ? now : endedAt, in.decisionDate(),
                in.talkingPoint().strip(), people.stream().map(Contact::name).toList());
        InterviewLog log = new InterviewLog(in.company().strip(), in.role().strip(), round, people, in.mayCall(),
                in.knownDelay(), in.notes());
        Application built = base == null ? log.newApplication("new") : log.applyTo(base, editedIndex);
        int roundIndex = base == null ? 0 : editedIndex >= 0 ? editedIndex : built.interviews().size() - 1;
        Map<Integer, Integer> contactRows = new HashMap<>();
        for (int p = 0; p < people.size(); p++) {
            contactRows.put(InterviewLog.indexOfName(built.contacts(), people.get(p).name()), lineOf.get(p));
        }
        FormErrors.Origin origin = new FormErrors.Origin(contactRows, roundIndex,
                endedAt == null ? null : endedAt.toLocalDate());
        ApplicationRules.check(built).forEach(problem -> errors.route(problem, origin));
        return new Result(log, origin, errors.shown());
    }

    /** Another round of {@code base} than the edited one ends at {@code endedAt}. */
    private static boolean sameEndElsewhere(Application base, int editedIndex, LocalDateTime endedAt) {
        List<InterviewRound> rounds = base.interviews();
        for (int i = 0; i < rounds.size(); i++) {
            if (i != editedIndex && rounds.get(i).endedAt().equals(endedAt)) {
                return true;
            }
        }
        return false;
    }
}
