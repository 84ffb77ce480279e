package app.nudge.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The words for actions, statuses and channels, and calendar titles, in the language of the moment. */
class ActionWordsInOtherLanguagesTest {

    private static PlannedAction action(ActionType type, Channel channel, String company, String role) {
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new PlannedAction("acme", company, role, type, channel, null, day, day, Status.DUE, "rule", "reason");
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void englishStaysAsItWas() {
        assertEquals("Final follow-up", ActionWords.name(ActionType.FINAL_FOLLOW_UP));
        assertEquals("Overdue", ActionWords.status(Status.OVERDUE));
        assertEquals("Phone", ActionWords.channel(Channel.PHONE));
        assertEquals("Follow up with Acme — Backend Developer",
                ActionWords.title(action(ActionType.FOLLOW_UP, Channel.EMAIL, "Acme", "Backend Developer")));
        assertEquals("Call Acme one last time", ActionWords.title(action(ActionType.FINAL_FOLLOW_UP, Channel.PHONE, "Acme", "")));
        assertEquals("Send a thank-you to them", ActionWords.title(action(ActionType.THANK_YOU, Channel.EMAIL, " ", null)));
    }

    @Test
    void germanAndDutch() {
        Texts.use(Language.DE);
        assertEquals("Dankesnachricht", ActionWords.name(ActionType.THANK_YOU));
        assertEquals("Überfällig", ActionWords.status(Status.OVERDUE));
        assertEquals("Bei Acme nachfragen — Backend Developer",
                ActionWords.title(action(ActionType.FOLLOW_UP, Channel.EMAIL, "Acme", "Backend Developer")));
        Texts.use(Language.NL);
        assertEquals("Te laat", ActionWords.status(Status.OVERDUE));
        assertEquals("Telefoon", ActionWords.channel(Channel.PHONE));
        assertEquals("Acme bellen", ActionWords.title(action(ActionType.CHECK_BACK, Channel.PHONE, "Acme", null)));
    }
}
