package app.nudge.compose;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A realistic record, close to the spec's example (section 5), and actions on it. */
final class Fixtures {

    static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 16); // a Monday
    static final String TALKING_POINT = "the move to event-driven billing";

    static final Contact PAT = new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Hiring Manager", true);
    static final Contact SAM = new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false);

    static final Settings JANE = new Settings("Jane Doe", "jane@example.org", "+1 555 0100",
            "Jane Doe\n+1 555 0100", "US", "STANDARD");
    static final Settings NOBODY = Settings.defaults();

    private Fixtures() {
    }

    static InterviewRound round(List<String> interviewers) {
        return new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), LocalDate.of(2026, 11, 20),
                TALKING_POINT, interviewers);
    }

    static Application acme() {
        return new Application("acme-ba", "Acme Corp", "Business Analyst", "US", LocalDate.of(2026, 11, 2),
                "", "Remote", "LinkedIn", false, false, "", List.of(PAT, SAM),
                List.of(round(List.of("Pat Lee"))),
                List.of(Event.of(EventType.THANK_YOU_SENT, INTERVIEW),
                        Event.reply(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 4)),
                        Event.followUp(LocalDate.of(2026, 12, 7), Channel.EMAIL),
                        Event.of(EventType.VOICEMAIL_LEFT, LocalDate.of(2026, 12, 9)),
                        Event.checkBack(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17))));
    }

    /** The rule the policy would give for each action in the usual case. */
    static String ruleOf(ActionType type) {
        return switch (type) {
            case THANK_AFTER_REJECTION -> "R2";
            case REPLY_TO_OFFER -> "R3";
            case THANK_YOU -> "R4";
            case EMAIL_AFTER_VOICEMAIL -> "R5";
            case CHECK_BACK -> "R6";
            case FOLLOW_UP -> "R8";
            case FINAL_FOLLOW_UP -> "R9";
            case SECONDARY_CONTACT -> "R10";
            case CLOSE_OUT -> "R11";
        };
    }

    static PlannedAction action(ActionType type, Channel channel) {
        return action(type, channel, ruleOf(type), type == ActionType.SECONDARY_CONTACT ? SAM : PAT);
    }

    static PlannedAction action(ActionType type, Channel channel, String rule, Contact to) {
        LocalDate earliest = LocalDate.of(2026, 11, 23);
        return new PlannedAction("acme-ba", "Acme Corp", "Business Analyst", type, channel, to,
                earliest, earliest.plusDays(2), Status.DUE, rule, "test");
    }

    static PlannedAction email(ActionType type) {
        return action(type, Channel.EMAIL);
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
