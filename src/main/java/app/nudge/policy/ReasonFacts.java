package app.nudge.policy;

import java.time.LocalDate;

/**
 * What a plan's reason says, as facts rather than English words, so that the window and the command
 * line can say it in the user's language ({@code app.nudge.i18n.ReasonTexts}). The English sentence
 * itself stays {@link PlannedAction#reason()}, built by {@link Reasons} in the same pass.
 *
 * @param sentence   which sentence: "thankAfterRejection", "replyToOffer", "thankYou", "emailAfterVoicemail",
 *                   "checkBack", "decisionDate", "decisionDateByReply", "afterInterview", "afterReply",
 *                   "afterCheckBack", "finalFollowUp", "secondaryContact", "closeOut"
 * @param name       the recipient's first name, or null ("they")
 * @param otherName  R10's other contact's first name, or null ("another contact")
 * @param cause      the day the sentence is about (the interview, the reply, the last follow-up...)
 * @param repliedOn  R7: the reply that gave the decision date, else null
 * @param window     "by" (the window opens on the cause's day), "on" (a one-day window), "from",
 *                   or "firstDayAfter" (R7: the first business day after the decision date)
 * @param panelDone  R4 after a panel: notes sent or skipped so far (0 with {@code panelSize} 0: no panel line)
 * @param today      the plan's day: a date in another year is written with its year
 */
public record ReasonFacts(String sentence, String name, String otherName, LocalDate cause, LocalDate repliedOn,
                          String window, LocalDate earliest, LocalDate due, LocalDate snoozedUntil,
                          int panelDone, int panelSize, LocalDate today) {

    ReasonFacts withPanel(int done, int size) {
        return new ReasonFacts(sentence, name, otherName, cause, repliedOn, window, earliest, due, snoozedUntil,
                done, size, today);
    }
}
