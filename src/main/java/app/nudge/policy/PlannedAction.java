package app.nudge.policy;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one next action of an open application (spec section 2).
 *
 * @param recipient who it goes to, or null when the application has no contact
 * @param rule      the rule that decided it, "R2".."R11"
 * @param reason    one plain sentence a job seeker understands, naming the person and the dates
 */
public record PlannedAction(String applicationId, String company, String role, ActionType action,
                            Channel channel, Contact recipient, LocalDate earliest, LocalDate due,
                            Status status, String rule, String reason) {

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
