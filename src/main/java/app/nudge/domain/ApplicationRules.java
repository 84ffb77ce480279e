package app.nudge.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every stored application obeys, wherever it comes from: the log-interview form and
 * the import check the same ones (docs/exchange-format.md). None of them compares with today: an import
 * restores history as it was, and the form adds its own "not in the future" check.
 */
public final class ApplicationRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 20_000;

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
        requireName(problems, "company", a.company());
        requireName(problems, "role", a.role());
        if (a.notes().length() > MAX_NOTES_LENGTH) {
            problems.add(new FieldProblem("notes", "longer than " + MAX_NOTES_LENGTH + " characters"));
        }
        for (int i = 0; i < a.contacts().size(); i++) {
            Contact k = a.contacts().get(i);
            if (!k.email().isEmpty() && !isEmail(k.email())) {
                problems.add(new FieldProblem("contacts[" + i + "].email", "not an email address: " + k.email()));
            }
            if (k.name().length() > MAX_NAME_LENGTH) {
                problems.add(new FieldProblem("contacts[" + i + "].name", "longer than " + MAX_NAME_LENGTH + " characters"));
            }
        }
        for (int i = 0; i < a.interviews().size(); i++) {
            InterviewRound r = a.interviews().get(i);
            notBefore(problems, "interviews[" + i + "].decisionExpectedBy", r.decisionExpectedBy(), r.date(),
                    "the interview date");
        }
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            String path = "events[" + i + "]";
            if (e.hasRecipient() && e.recipient().length() > MAX_NAME_LENGTH) {
                problems.add(new FieldProblem(path + ".recipient", "longer than " + MAX_NAME_LENGTH + " characters"));
            }
            switch (e.type()) {
                case REPLY_RECEIVED -> notBefore(problems, path + ".newDecisionBy", e.newDecisionBy(), e.date(), "the reply");
                case CHECK_BACK_AGREED -> {
                    if (e.checkBackOn() == null) {
                        problems.add(new FieldProblem(path + ".checkBackOn", "required for CHECK_BACK_AGREED"));
                    }
                    notBefore(problems, path + ".checkBackOn", e.checkBackOn(), e.date(), "the day it was agreed");
                }
                case SKIPPED -> {
                    if (e.action() == null) {
                        problems.add(new FieldProblem(path + ".action", "required for SKIPPED"));
                    }
                }
                case SNOOZED -> {
                    if (e.until() == null) {
                        problems.add(new FieldProblem(path + ".until", "required for SNOOZED"));
                    }
                }
                default -> {
                    // the other events carry nothing beyond their date
                }
            }
        }
        return problems;
    }

    private static void requireName(List<FieldProblem> problems, String field, String value) {
        if (value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
        } else if (value.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(field, "longer than " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static void notBefore(List<FieldProblem> problems, String path, LocalDate date, LocalDate givenOn, String what) {
        if (date != null && date.isBefore(givenOn)) {
            problems.add(new FieldProblem(path, date + " is before " + what + " (" + givenOn + ")"));
        }
    }
}
