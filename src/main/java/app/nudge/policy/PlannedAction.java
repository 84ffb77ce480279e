package app.nudge.policy;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The one next action of an open application (docs/follow-up-rules.md, section 2).
 *
 * @param recipient who it goes to, or null when the application has no contact
 * @param rule      the rule that decided it, "R2".."R11"
 * @param reason    one plain sentence a job seeker understands, naming the person and the dates (English)
 * @param facts     what the reason says, for saying it in the user's language; null for a made-up action
 */
public record PlannedAction(String applicationId, String company, String role, ActionType action,
                            Channel channel, Contact recipient, LocalDate earliest, LocalDate due,
                            Status status, String rule, String reason, ReasonFacts facts) {

    /** An action with an English reason only (tests and samples). */
    public PlannedAction(String applicationId, String company, String role, ActionType action, Channel channel,
                         Contact recipient, LocalDate earliest, LocalDate due, Status status, String rule,
                         String reason) {
        this(applicationId, company, role, action, channel, recipient, earliest, due, status, rule, reason, null);
    }

    /**
     * The order of every plan (docs/command-line.md): due date, then company (case ignored), then role,
     * then application id. Written out by hand because it sorts 100,000 actions at a time.
     */
    public static final Comparator<PlannedAction> ORDER = PlannedAction::compareForPlan;

    private static int compareForPlan(PlannedAction a, PlannedAction b) {
        int byDue = a.due.compareTo(b.due);
        if (byDue != 0) {
            return byDue;
        }
        int byCompany = String.CASE_INSENSITIVE_ORDER.compare(orEmpty(a.company), orEmpty(b.company));
        if (byCompany != 0) {
            return byCompany;
        }
        int byRole = orEmpty(a.role).compareTo(orEmpty(b.role));
        if (byRole != 0) {
            return byRole;
        }
        return a.applicationId.compareTo(b.applicationId);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public PlannedAction {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        if (due.isBefore(earliest)) {
            throw new IllegalArgumentException("due " + due + " is before earliest " + earliest);
        }
    }
}
