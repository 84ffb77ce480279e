package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PhoneScriptsTest {

    private static final List<String> BRANCHES =
            List.of("before", "opening", "reached", "still-deciding", "names-date", "voicemail", "closing");

    private final Composer composer = new Composer();

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"FOLLOW_UP", "FINAL_FOLLOW_UP", "CHECK_BACK"})
    void phoneActionsComeWithEveryBranch(ActionType type) {
        Draft draft = composer.draft(acme(), action(type, Channel.PHONE), JANE, null);

        List<CallScript.Branch> branches = CallScript.branches(draft.callScript());

        assertEquals(BRANCHES, branches.stream().map(CallScript.Branch::key).toList());
        for (CallScript.Branch branch : branches) {
            assertTrue(!branch.title().isBlank() && !branch.text().isBlank(), branch.toString());
        }
        assertEquals(List.of("names-date"),
                branches.stream().filter(CallScript.Branch::offersCheckBack).map(CallScript.Branch::key).toList());
        assertTrue(branches.get(1).text().contains("this is Jane Doe"), branches.get(1).text());
    }

    /**
     * Under 30 seconds at an unhurried 150 words a minute: at most 75 words, counting every digit
     * of a phone number as a spoken word. Long names and role make it a hard case.
     */
    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"FOLLOW_UP", "FINAL_FOLLOW_UP", "CHECK_BACK"})
    void voicemailTakesUnderThirtySeconds(ActionType type) {
        Contact contact = new Contact("Christopher Abernathy", "chris@acme.example", "", "", true);
        Application app = acme().withContacts(List.of(contact));
        app = new Application(app.id(), app.company(), "Senior Business Intelligence Analyst", "", null, "", "", "",
                true, false, "", app.contacts(), app.interviews(), app.events());
        Settings you = new Settings("Alexandra Montgomery-Smith", "", "+1 (555) 012-3456", "", "", null);

        String voicemail = composer.draft(app, Fixtures.action(type, Channel.PHONE, "R8", contact), you, null)
                .voicemailScript();

        assertTrue(Fixtures.words(voicemail) <= 75, voicemail);
        assertTrue(spokenWords(voicemail) <= 75, spokenWords(voicemail) + " spoken words:\n" + voicemail);
        assertTrue(voicemail.contains("+1 (555) 012-3456. Again"), voicemail);
    }

    @Test
    void spokenWordsReadsDigitsOneByOne() {
        assertEquals(3 + 10, spokenWords("Call me at 555-012-3456"));
    }

    @Test
    void voicemailWithoutPhoneNumberPromisesAnEmail() {
        Draft draft = composer.draft(acme(), action(ActionType.FOLLOW_UP, Channel.PHONE),
                new Settings("Jane Doe", "", "", "", "", null), null);

        assertTrue(draft.voicemailScript().contains("I'll also send you a short email."), draft.voicemailScript());
    }

    @Test
    void emailFollowUpHasNoScriptsButCheckBackAlwaysHas() {
        assertEquals(false, composer.draft(acme(), action(ActionType.FOLLOW_UP, Channel.EMAIL), JANE, null)
                .hasPhoneScripts());
        assertTrue(composer.draft(acme(), action(ActionType.CHECK_BACK, Channel.EMAIL), JANE, null)
                .hasPhoneScripts());
    }

    /** Words as said aloud: a token with digits is read digit by digit. */
    private static int spokenWords(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            long digits = token.chars().filter(Character::isDigit).count();
            count += digits > 0 && token.matches("[+()\\d.,-]+") ? (int) digits : 1;
        }
        return count;
    }
}
