package app.nudge.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every stored application obeys, wherever it comes from: the log-interview form and
 * the import check the same ones (docs/exchange-format.md): required fields, lengths, characters
 * and years ({@link FieldLimits}), email syntax, dates in order. None of them compares with today: an import
 * restores history as it was, and the form adds its own "not in the future" check.
 */
public final class ApplicationRules {

    /** The limits themselves are {@link FieldLimits}'s, the one list of them. */
    public static final int MAX_NAME_LENGTH = FieldLimits.NAME;
    public static final int MAX_NOTES_LENGTH = FieldLimits.NOTES;

    /** Deliberately loose: one @, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private ApplicationRules() {
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** All problems of the application, paths relative to it. Empty when it may be stored. */
    public static List<FieldProblem> check(Application a) {
        List<FieldProblem> problems = new ArrayList<>();
        // Company and role first: an id made from them is too long only because they are.
        requireName(problems, "company", a.company());
        requireName(problems, "role", a.role());
        FieldLimits.checkText(problems, "id", a.id(), FieldLimits.ID);
        FieldLimits.checkText(problems, "country", a.country(), FieldLimits.COUNTRY);
        FieldLimits.checkYear(problems, "appliedOn", a.appliedOn());
        FieldLimits.checkText(problems, "url", a.url(), FieldLimits.TEXT);
        FieldLimits.checkText(problems, "location", a.location(), FieldLimits.TEXT);
        FieldLimits.checkText(problems, "source", a.source(), FieldLimits.TEXT);
        FieldLimits.checkText(problems, "notes", a.notes(), MAX_NOTES_LENGTH);
        for (int i = 0; i < a.contacts().size(); i++) {
            Contact k = a.contacts().get(i);
            String path = "contacts[" + i + "]";
            FieldLimits.checkText(problems, path + ".name", k.name(), MAX_NAME_LENGTH);
            FieldLimits.checkText(problems, path + ".email", k.email(), FieldLimits.TEXT);
            if (!k.email().isEmpty() && !isEmail(k.email())) {
                problems.add(new FieldProblem(path + ".email", "not an email address: " + k.email(), "notEmail",
                        List.of(k.email())));
            }
            FieldLimits.checkText(problems, path + ".phone", k.phone(), FieldLimits.TEXT);
            FieldLimits.checkText(problems, path + ".title", k.title(), FieldLimits.TEXT);
        }
        for (int i = 0; i < a.interviews().size(); i++) {
            InterviewRound r = a.interviews().get(i);
            String path = "interviews[" + i + "]";
            FieldLimits.checkYear(problems, path + ".endedAt", r.date());
            FieldLimits.checkYear(problems, path + ".decisionExpectedBy", r.decisionExpectedBy());
            notBefore(problems, path + ".decisionExpectedBy", r.decisionExpectedBy(), r.date(), "the interview date", "beforeInterview");
            FieldLimits.checkText(problems, path + ".talkingPoint", r.talkingPoint(), FieldLimits.TEXT);
            for (int j = 0; j < r.interviewers().size(); j++) {
                FieldLimits.checkText(problems, path + ".interviewers[" + j + "]", r.interviewers().get(j), FieldLimits.TEXT);
            }
        }
        for (int i = 0; i < a.events().size(); i++) {
            checkEvent(problems, "events[" + i + "]", a.events().get(i));
        }
        return problems;
    }

    private static void checkEvent(List<FieldProblem> problems, String path, Event e) {
        FieldLimits.checkYear(problems, path + ".on", e.date());
        FieldLimits.checkYear(problems, path + ".newDecisionBy", e.newDecisionBy());
        FieldLimits.checkYear(problems, path + ".checkBackOn", e.checkBackOn());
        FieldLimits.checkYear(problems, path + ".until", e.until());
        FieldLimits.checkText(problems, path + ".recipient", e.recipient(), MAX_NAME_LENGTH);
        FieldLimits.checkText(problems, path + ".note", e.note(), FieldLimits.TEXT);
        switch (e.type()) {
            case REPLY_RECEIVED -> notBefore(problems, path + ".newDecisionBy", e.newDecisionBy(), e.date(), "the reply", "beforeReply");
            case CHECK_BACK_AGREED -> {
                if (e.checkBackOn() == null) {
                    problems.add(new FieldProblem(path + ".checkBackOn", "required for CHECK_BACK_AGREED", "requiredFor",
                            List.of("CHECK_BACK_AGREED")));
                }
                notBefore(problems, path + ".checkBackOn", e.checkBackOn(), e.date(), "the day it was agreed",
                        "beforeAgreed");
            }
            case SKIPPED -> {
                if (e.action() == null) {
                    problems.add(new FieldProblem(path + ".action", "required for SKIPPED", "requiredFor", List.of("SKIPPED")));
                }
            }
            case SNOOZED -> {
                if (e.until() == null) {
                    problems.add(new FieldProblem(path + ".until", "required for SNOOZED", "requiredFor", List.of("SNOOZED")));
                }
            }
            default -> {
                // the other events carry nothing beyond their date
            }
        }
    }

    private static void requireName(List<FieldProblem> problems, String field, String value) {
        if (value.isBlank()) {
            problems.add(new FieldProblem(field, "required", "required", List.of()));
        } else {
            FieldLimits.checkText(problems, field, value, MAX_NAME_LENGTH);
        }
    }

    private static void notBefore(List<FieldProblem> problems, String path, LocalDate date, LocalDate givenOn, String what,
                                  String code) {
        if (date != null && date.isBefore(givenOn)) {
            problems.add(new FieldProblem(path, date + " is before " + what + " (" + givenOn + ")", code,
                    List.of(date, givenOn)));
        }
    }
}
