package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.NOBODY;
import static app.nudge.compose.Fixtures.PAT;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.action;
import static app.nudge.compose.Fixtures.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.compose.Warning.Kind;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageLintTest {

    private static final String GOOD_BODY = "Hi Pat,\n\nThank you. I enjoyed our talk about "
            + Fixtures.TALKING_POINT + ".\n\nBest regards,\nJane";

    private final MessageLint lint = new MessageLint();
    private final Composer composer = new Composer();

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("app.nudge.compose.ComposerTest#everyDraftKind")
    void everyDefaultDraftIsClean(ActionType type, String variant, Channel channel) {
        PlannedAction planned = action(type, channel);
        for (Settings you : List.of(JANE, NOBODY)) {
            Draft draft = composer.draft(acme(), planned, you, variant);

            assertEquals(List.of(), lint.check(draft, acme(), planned, planned.earliest()), draft.body());
        }
    }

    @Test
    void everyPanelNoteIsClean() {
        Application panel = acme().withInterviews(List.of(Fixtures.round(List.of("Pat Lee", "Sam Roe", "Alex Kim"))));
        PlannedAction planned = email(ActionType.THANK_YOU);

        for (Draft note : composer.thankYouNotes(panel, planned, JANE)) {
            // Alex Kim has no contact record, so no address: the one thing to mend before sending.
            List<Warning.Kind> expected = note.to().email().isEmpty() ? List.of(Warning.Kind.NO_ADDRESS) : List.of();
            assertEquals(expected, lint.check(note, panel, planned, planned.due()).stream().map(Warning::kind).toList(),
                    note.body());
        }
    }

    @Test
    void compensationInAFollowUp() {
        List<Warning> warnings = check(ActionType.FOLLOW_UP,
                "Hi Pat,\n\nCould you also tell me the Salary range and the benefits?\n\nJane");

        assertEquals(List.of(Kind.COMPENSATION), kinds(warnings));
        assertTrue(warnings.get(0).message().contains("\"Salary\", \"benefits\""), warnings.get(0).message());
    }

    @Test
    void compensationIsFineWhenAnsweringAnOffer() {
        assertEquals(List.of(), kinds(check(ActionType.REPLY_TO_OFFER, "Hi Pat,\n\nCould we discuss the salary?")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can repay the favour", "Thanks for the payment portal", "It was on display"})
    void compensationMatchesWholeWordsOnly(String text) {
        assertEquals(List.of(), kinds(check(ActionType.FOLLOW_UP, "Hi Pat,\n\n" + text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I am frustrated by the wait.", "Please reply asap.", "This is URGENT.",
            "Why haven’t you answered?", "why haven't   you answered?", "I need to know immediately.",
            "I was disappointed to hear nothing.", "Honestly I'm annoyed."})
    void toneWordsAnyCase(String text) {
        assertEquals(List.of(Kind.TONE), kinds(check(ActionType.FINAL_FOLLOW_UP, "Hi Pat,\n\n" + text)));
    }

    @Test
    void toneMatchesWholeWordsOnly() {
        assertEquals(List.of(), kinds(check(ActionType.FOLLOW_UP, "Hi Pat,\n\nThe insurgent startup's approach was interesting.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"about {talkingPoint}", "Dear [Name]", "for the [Job Title] role", "{ ?yourName }"})
    void placeholders(String text) {
        assertEquals(List.of(Kind.PLACEHOLDER), kinds(check(ActionType.CLOSE_OUT, "Hi Pat,\n\n" + text)));
    }

    @Test
    void placeholderInACallScriptCounts() {
        Draft draft = new Draft(PAT, "Subject", "Hi Pat,\n\nHello.", "CHECK_BACK", "standard",
                "## opening: Opening\nHi, this is [Your Name].", "Hi Pat.");

        assertEquals(List.of(Kind.PLACEHOLDER), kinds(lint.check(draft, acme(), email(ActionType.CHECK_BACK), today())));
    }

    @Test
    void thankYouWithoutTheTalkingPoint() {
        assertEquals(List.of(Kind.NO_PERSONAL_DETAIL),
                kinds(check(ActionType.THANK_YOU, "Hi Pat,\n\nThank you for your time.\n\nJane")));
        assertEquals(List.of(), kinds(check(ActionType.THANK_YOU, GOOD_BODY)));
    }

    @Test
    void thankYouWhenTheRecordHasNoTalkingPoint() {
        Application app = acme().withInterviews(List.of(
                new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), null, "", List.of())));
        PlannedAction planned = email(ActionType.THANK_YOU);

        Draft draft = composer.draft(app, planned, JANE, null);

        assertEquals(List.of(Kind.NO_PERSONAL_DETAIL), kinds(lint.check(draft, app, planned, today())));
    }

    @Test
    void personalDetailIsOnlyAskedOfAThankYou() {
        assertEquals(List.of(), kinds(check(ActionType.FOLLOW_UP, "Hi Pat,\n\nAny news?\n\nJane")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi Sam,", "Dear Patricia,", "Dear Mr. Roe,", "Hello Sam Lee!"})
    void greetingNamesSomeoneElse(String greeting) {
        List<Warning> warnings = check(ActionType.FOLLOW_UP, greeting + "\n\nAny news?");

        assertEquals(List.of(Kind.WRONG_NAME), kinds(warnings));
        assertTrue(warnings.get(0).message().contains("Pat Lee"), warnings.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi Pat,", "hi pat,", "Dear Pat Lee,", "Dear Ms. Lee,", "Hi there,", "Hello,",
            "Dear Hiring Team,"})
    void greetingThatFits(String greeting) {
        assertEquals(List.of(), kinds(check(ActionType.FOLLOW_UP, greeting + "\n\nAny news?")));
    }

    @Test
    void tooEarly() {
        PlannedAction planned = email(ActionType.FOLLOW_UP); // earliest Mon 23 Nov 2026
        Draft draft = new Draft(PAT, "Subject", "Hi Pat,\n\nAny news?", "FOLLOW_UP", "standard", null, null);

        List<Warning> warnings = lint.check(draft, acme(), planned, LocalDate.of(2026, 11, 20));

        assertEquals(List.of(new Warning(Kind.TOO_EARLY, "too early: wait until Mon 23 Nov")), warnings);
        assertEquals(List.of(), lint.check(draft, acme(), planned, planned.earliest()));
        assertEquals(List.of(), lint.check(draft, acme(), planned, planned.due().plusDays(3)));
    }

    @Test
    void severalWarningsTogether() {
        List<Warning> warnings = check(ActionType.FOLLOW_UP, "Hi Sam,\n\nI need the salary for {role} ASAP.");

        assertEquals(List.of(Kind.COMPENSATION, Kind.TONE, Kind.PLACEHOLDER, Kind.WRONG_NAME), kinds(warnings));
    }

    private List<Warning> check(ActionType type, String body) {
        PlannedAction planned = action(type, Channel.EMAIL, Fixtures.ruleOf(type), PAT);
        Draft draft = new Draft(PAT, "Business Analyst interview", body, type.name(), "standard", null, null);
        return lint.check(draft, acme(), planned, today());
    }

    private static LocalDate today() {
        return LocalDate.of(2026, 11, 24);
    }

    private static List<Kind> kinds(List<Warning> warnings) {
        return warnings.stream().map(Warning::kind).toList();
    }
}
