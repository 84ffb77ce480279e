package app.nudge.policy;

import app.nudge.domain.Contact;
import java.time.LocalDate;

/**
 * The one-sentence {@code reason} of each rule, in our own words: what happened, with its date,
 * and the window to act in. The person is the recipient's first name, or "they" / "the
 * interviewer" when there is none. Dates read "Fri 20 Nov" (the year only when not this year).
 */
final class Reasons {

    private final LocalDate today;
    private final String name;
    private final LocalDate earliest;
    private final LocalDate due;
    private final LocalDate snoozedUntil;

    Reasons(LocalDate today, Contact recipient, LocalDate earliest, LocalDate due, LocalDate snoozedUntil) {
        this.today = today;
        this.name = firstNameOrNull(recipient);
        this.earliest = earliest;
        this.due = due;
        this.snoozedUntil = snoozedUntil;
    }

    /** R2 */
    String thankAfterRejection(LocalDate rejectedOn) {
        return sentence(subject() + " turned you down on " + day(rejectedOn),
                window("send a short thank-you", rejectedOn));
    }

    /** R3 */
    String replyToOffer(LocalDate offeredOn) {
        return sentence(subject() + " made you an offer on " + day(offeredOn), window("reply", offeredOn));
    }

    /** R4 */
    String thankYou(LocalDate interviewDate) {
        String cause = name == null
                ? "Your interview was on " + day(interviewDate)
                : "Your interview with " + name + " was on " + day(interviewDate);
        return sentence(cause, window("send a thank-you", interviewDate));
    }

    /** R5 */
    String emailAfterVoicemail(LocalDate voicemailOn) {
        return sentence("You left " + object() + " a voicemail on " + day(voicemailOn),
                window("follow it with an email", null));
    }

    /** R6 */
    String checkBack(LocalDate agreedDay) {
        return sentence(subject() + " agreed you would check back on " + day(agreedDay),
                window("get in touch", null));
    }

    /**
     * R7. {@code repliedOn} is the reply that gave the date, or null when the interview did;
     * {@code firstDayAfter} says the window starts on the first business day after the date.
     */
    String followUpAfterDecisionDate(LocalDate decisionBy, LocalDate repliedOn, boolean firstDayAfter) {
        String cause = repliedOn == null
                ? subject() + " said a decision would come by " + day(decisionBy)
                : subject() + " wrote on " + day(repliedOn) + " that a decision would come by " + day(decisionBy);
        if (firstDayAfter && snoozedUntil == null) {
            return sentence(cause, "the first business day after is " + day(earliest));
        }
        return sentence(cause, window("follow up", null));
    }

    /** R8, the clock started at the interview. */
    String followUpAfterInterview(LocalDate interviewDate) {
        return sentence(subject() + " gave no decision date at your interview on " + day(interviewDate),
                window("follow up", null));
    }

    /** R8, the clock started at a reply that gave no (future) decision date. */
    String followUpAfterReply(LocalDate repliedOn) {
        return sentence(subject() + " replied on " + day(repliedOn) + " without a new decision date",
                window("follow up", null));
    }

    /** R8, the clock started when a check-back was agreed. */
    String followUpAfterCheckBackAgreed(LocalDate agreedOn) {
        return sentence("You last heard from " + object() + " on " + day(agreedOn) + ", with no decision date pending",
                window("follow up", null));
    }

    /** R9 */
    String finalFollowUp(LocalDate lastAttemptOn) {
        return sentence(hasNot() + " answered your follow-up of " + day(lastAttemptOn),
                window("try one last time", null));
    }

    /** R10 */
    String secondaryContact(LocalDate lastAttemptOn, Contact secondary) {
        String other = firstNameOrNull(secondary);
        return sentence(hasNot() + " answered your last two follow-ups, the latest on " + day(lastAttemptOn),
                window("write to " + (other == null ? "another contact" : other) + " instead", null));
    }

    /** R11 */
    String closeOut(LocalDate lastAttemptOn) {
        return sentence(hasNot() + " answered since your last follow-up on " + day(lastAttemptOn),
                window("send a short note to close the loop", null));
    }

    private static String sentence(String cause, String advice) {
        return cause + "; " + advice + ".";
    }

    /** "verb from E, by D"; just "verb by D" when the window opens on the day of the cause itself. */
    private String window(String verb, LocalDate causeDate) {
        StringBuilder text = new StringBuilder(verb);
        if (earliest.equals(causeDate)) {
            text.append(" by ");
            ShortDates.append(text, due, today);
        } else if (earliest.equals(due)) {
            text.append(" on ");
            ShortDates.append(text, due, today);
        } else {
            text.append(" from ");
            ShortDates.append(text, earliest, today).append(", by ");
            ShortDates.append(text, due, today);
        }
        if (snoozedUntil != null) {
            text.append(" (snoozed until ");
            ShortDates.append(text, snoozedUntil, today).append(')');
        }
        return text.toString();
    }

    private String day(LocalDate date) {
        return ShortDates.format(date, today);
    }

    private String subject() {
        return name == null ? "They" : name;
    }

    private String object() {
        return name == null ? "the interviewer" : name;
    }

    private String hasNot() {
        return name == null ? "They have not" : name + " has not";
    }

    private static String firstNameOrNull(Contact contact) {
        if (contact == null) {
            return null;
        }
        String first = contact.firstName();
        return first.isEmpty() ? null : first;
    }
}
