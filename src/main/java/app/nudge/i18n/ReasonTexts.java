package app.nudge.i18n;

import app.nudge.policy.PlannedAction;
import app.nudge.policy.ReasonFacts;
import java.time.LocalDate;

/**
 * A plan's reason in the user's language, said from its {@link ReasonFacts} with the sentences of
 * the {@code policy} text files: "Ihr Gespräch mit Pat war am Fr., 20. Nov.; bis Sa., 21. Nov. eine
 * Dankesnachricht senden." An action without facts (made up by a test or a sample) keeps its
 * English reason.
 */
public final class ReasonTexts {

    private ReasonTexts() {
    }

    /** The reason of {@code action} in the language of this run. */
    public static String of(PlannedAction action) {
        return of(action, Texts.current());
    }

    public static String of(PlannedAction action, Texts texts) {
        ReasonFacts f = action.facts();
        if (f == null || f.sentence() == null) {
            return action.reason();
        }
        String person = f.name() == null ? ".unnamed" : ".named";
        String reason = texts.get("policy.reason." + f.sentence() + person,
                "name", nameOrEmpty(f.name()), "cause", day(texts, f.cause(), f.today()),
                "replied", day(texts, f.repliedOn(), f.today()));
        String verbKey = "policy.verb." + verbOf(f.sentence());
        if (f.sentence().equals("secondaryContact")) {
            verbKey += f.otherName() == null ? ".unnamed" : ".named";
        }
        String snoozed = f.snoozedUntil() == null ? ""
                : texts.get("policy.snoozed", "until", day(texts, f.snoozedUntil(), f.today()));
        String said = texts.get("policy.window." + f.window(), "reason", reason,
                "verb", texts.get(verbKey, "other", nameOrEmpty(f.otherName())),
                "earliest", day(texts, f.earliest(), f.today()), "due", day(texts, f.due(), f.today()),
                "snoozed", snoozed);
        if (f.panelSize() > 0) {
            said += " " + texts.get("policy.panel", "done", f.panelDone(), "size", f.panelSize());
        }
        return said;
    }

    /** R7's three sentences and R8's three share one verb ("follow up"). */
    private static String verbOf(String sentence) {
        return switch (sentence) {
            case "decisionDate", "decisionDateByReply", "afterInterview", "afterReply", "afterCheckBack" -> "followUp";
            default -> sentence;
        };
    }

    /** "Fri 20 Nov", with the year when it is not today's. */
    static String day(Texts texts, LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        boolean thisYear = today == null || date.getYear() == today.getYear();
        return texts.date(thisYear ? "format.day" : "format.dayYear", date);
    }

    private static String nameOrEmpty(String name) {
        return name == null ? "" : name;
    }
}
