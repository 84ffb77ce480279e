package app.nudge.policy;

import app.nudge.domain.Contact;
import java.time.LocalDate;

/**
 * The one-sentence {@code reason} of each rule, in our own words: what happened, with its date,
 * and the window to act in. The person is the recipient's first name, or "they" / "the
 * interviewer" when there is none. Dates read "Fri 20 Nov" (the year only when not this year).
 * Each sentence is built in one StringBuilder: a plan writes hundreds of thousands of them.
 * The same pass notes the sentence's {@link #facts()}, from which the other languages are said.
 */
final class Reasons {

    private final LocalDate today;
    private final String name;
    private final LocalDate earliest;
    private final LocalDate due;
    private final LocalDate snoozedUntil;
    private final StringBuilder text = new StringBuilder(128);
    private String sentence;
    private String otherName;
    private LocalDate cause;
    private LocalDate repliedOn;
    private String window;

    Reasons(LocalDate today, Contact recipient, LocalDate earliest, LocalDate due, LocalDate snoozedUntil) {
        this.today = today;
        this.name = firstNameOrNull(recipient);
        this.earliest = earliest;
        this.due = due;
        this.snoozedUntil = snoozedUntil;
    }

    /** R2 */
    String thankAfterRejection(LocalDate rejectedOn) {
        said("thankAfterRejection", rejectedOn);
        subject().append(" turned you down on ");
        return day(rejectedOn).window("send a short thank-you", rejectedOn);
    }

    /** R3 */
    String replyToOffer(LocalDate offeredOn) {
        said("replyToOffer", offeredOn);
        subject().append(" made you an offer on ");
        return day(offeredOn).window("reply", offeredOn);
    }

    /** R4 */
    String thankYou(LocalDate interviewDate) {
        said("thankYou", interviewDate);
        text.append("Your interview");
        if (name != null) {
            text.append(" with ").append(name);
        }
        text.append(" was on ");
        return day(interviewDate).window("send a thank-you", interviewDate);
    }

    /** R5 */
    String emailAfterVoicemail(LocalDate voicemailOn) {
        said("emailAfterVoicemail", voicemailOn);
        text.append("You left ").append(object()).append(" a voicemail on ");
        return day(voicemailOn).window("follow it with an email", null);
    }

    /** R6 */
    String checkBack(LocalDate agreedDay) {
        said("checkBack", agreedDay);
        subject().append(" agreed you would check back on ");
        return day(agreedDay).window("get in touch", null);
    }

    /**
     * R7. {@code repliedOn} is the reply that gave the date, or null when the interview did;
     * {@code firstDayAfter} says the window starts on the first business day after the date.
     */
    String followUpAfterDecisionDate(LocalDate decisionBy, LocalDate repliedOn, boolean firstDayAfter) {
        said(repliedOn == null ? "decisionDate" : "decisionDateByReply", decisionBy);
        this.repliedOn = repliedOn;
        subject();
        if (repliedOn == null) {
            text.append(" said a decision would come by ");
        } else {
            text.append(" wrote on ");
            day(repliedOn).text.append(" that a decision would come by ");
        }
        day(decisionBy);
        if (firstDayAfter && snoozedUntil == null) {
            window = "firstDayAfter";
            text.append("; the first business day after is ");
            return day(earliest).end();
        }
        return window("follow up", null);
    }

    /** R8, the clock started at the interview. */
    String followUpAfterInterview(LocalDate interviewDate) {
        said("afterInterview", interviewDate);
        subject().append(" gave no decision date at your interview on ");
        return day(interviewDate).window("follow up", null);
    }

    /** R8, the clock started at a reply that gave no (future) decision date. */
    String followUpAfterReply(LocalDate repliedOn) {
        said("afterReply", repliedOn);
        subject().append(" replied on ");
        day(repliedOn).text.append(" without a new decision date");
        return window("follow up", null);
    }

    /** R8, the clock started when a check-back was agreed. */
    String followUpAfterCheckBackAgreed(LocalDate agreedOn) {
        said("afterCheckBack", agreedOn);
        text.append("You last heard from ").append(object()).append(" on ");
        day(agreedOn).text.append(", with no decision date pending");
        return window("follow up", null);
    }

    /** R9 */
    String finalFollowUp(LocalDate lastAttemptOn) {
        said("finalFollowUp", lastAttemptOn);
        hasNot().append(" answered your follow-up of ");
        return day(lastAttemptOn).window("try one last time", null);
    }

    /** R10 */
    String secondaryContact(LocalDate lastAttemptOn, Contact secondary) {
        said("secondaryContact", lastAttemptOn);
        String other = firstNameOrNull(secondary);
        otherName = other;
        hasNot().append(" answered your last two follow-ups, the latest on ");
        return day(lastAttemptOn).window("write to " + (other == null ? "another contact" : other) + " instead", null);
    }

    /** R11 */
    String closeOut(LocalDate lastAttemptOn) {
        said("closeOut", lastAttemptOn);
        hasNot().append(" answered since your last follow-up on ");
        return day(lastAttemptOn).window("send a short note to close the loop", null);
    }

    /** "; verb from E, by D."; just "; verb by D." when the window opens on the day of the cause itself. */
    private String window(String verb, LocalDate causeDate) {
        text.append("; ").append(verb);
        if (earliest.equals(causeDate)) {
            window = "by";
            text.append(" by ");
        } else if (earliest.equals(due)) {
            window = "on";
            text.append(" on ");
        } else {
            window = "from";
            text.append(" from ");
            day(earliest).text.append(", by ");
        }
        day(due);
        if (snoozedUntil != null) {
            text.append(" (snoozed until ");
            day(snoozedUntil).text.append(')');
        }
        return end();
    }

    /** The facts of the sentence built last, for saying it in another language. */
    ReasonFacts facts() {
        return new ReasonFacts(sentence, name, otherName, cause, repliedOn, window, earliest, due, snoozedUntil, 0, 0, today);
    }

    private void said(String which, LocalDate day) {
        sentence = which;
        cause = day;
    }

    private String end() {
        return text.append('.').toString();
    }

    private Reasons day(LocalDate date) {
        ShortDates.append(text, date, today);
        return this;
    }

    private StringBuilder subject() {
        return text.append(name == null ? "They" : name);
    }

    private String object() {
        return name == null ? "the interviewer" : name;
    }

    private StringBuilder hasNot() {
        return name == null ? text.append("They have not") : text.append(name).append(" has not");
    }

    private static String firstNameOrNull(Contact contact) {
        if (contact == null) {
            return null;
        }
        String first = contact.firstName();
        return first.isEmpty() ? null : first;
    }
}
