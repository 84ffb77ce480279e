package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.NOBODY;
import static app.nudge.compose.Fixtures.PAT;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.action;
import static app.nudge.compose.Fixtures.email;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PlannedAction;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComposerTest {

    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("[{}\\[\\]]");

    /** What each subject must say the message is about. */
    private static final Map<String, String> PURPOSE = Map.ofEntries(
            Map.entry("THANK_YOU", "– thank you"),
            Map.entry("THANK_YOU-late", "– thank you"),
            Map.entry("FOLLOW_UP", "Follow-up:"),
            Map.entry("FOLLOW_UP-after-date", "Follow-up:"),
            Map.entry("FOLLOW_UP-known-delay", "Follow-up:"),
            Map.entry("FINAL_FOLLOW_UP", "Checking in:"),
            Map.entry("SECONDARY_CONTACT", "Status question:"),
            Map.entry("EMAIL_AFTER_VOICEMAIL", "voicemail"),
            Map.entry("CHECK_BACK", "Checking back as agreed"),
            Map.entry("REPLY_TO_OFFER-accept", "offer – acceptance"),
            Map.entry("REPLY_TO_OFFER-time", "offer – thank you"),
            Map.entry("REPLY_TO_OFFER-decline", "offer – my decision"),
            Map.entry("THANK_AFTER_REJECTION", "position – thank you"),
            Map.entry("CLOSE_OUT", "Closing the loop"));

    private final Composer composer = new Composer();

    /** Every action, in every variant, on every channel the plan can give it. */
    static Stream<Arguments> everyDraftKind() {
        List<Arguments> all = new ArrayList<>();
        for (ActionType type : ActionType.values()) {
            for (String variant : TemplateCatalog.variants(type)) {
                all.add(Arguments.of(type, variant, Channel.EMAIL));
                if (TemplateCatalog.hasPhoneScripts(type)) {
                    all.add(Arguments.of(type, variant, Channel.PHONE));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyDraftKind")
    void everyDraftFillsEveryFieldAndLeavesNoPlaceholder(ActionType type, String variant, Channel channel) {
        PlannedAction planned = action(type, channel);
        Draft draft = composer.draft(acme(), planned, JANE, variant);

        assertAll(
                () -> assertEquals(planned.recipient(), draft.to()),
                () -> assertEquals(variant, draft.variant()),
                () -> assertEquals(TemplateCatalog.messageId(type, variant), draft.templateId()),
                () -> assertFalse(draft.subject().isBlank(), "subject"),
                () -> assertTrue(draft.body().startsWith("Hi " + planned.recipient().firstName() + ",\n\n"),
                        draft.body()),
                () -> assertTrue(draft.body().endsWith("Best regards,\nJane Doe\n+1 555 0100"), draft.body()),
                () -> assertNoPlaceholder(draft.subject()),
                () -> assertNoPlaceholder(draft.body()),
                () -> assertFalse(draft.body().contains("\n\n\n"), "no gaps left by dropped lines"));
        boolean scripts = channel == Channel.PHONE || type == ActionType.CHECK_BACK;
        assertEquals(scripts, draft.hasPhoneScripts(), "call script");
        assertEquals(scripts, draft.voicemailScript() != null, "voicemail script");
        if (scripts) {
            assertNoPlaceholder(draft.callScript());
            assertNoPlaceholder(draft.voicemailScript());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDraftKind")
    void subjectNamesRolePurposeAndForFollowUpsTheInterviewDate(ActionType type, String variant, Channel channel) {
        Draft draft = composer.draft(acme(), action(type, channel), JANE, variant);

        assertTrue(draft.subject().contains("Business Analyst"), draft.subject());
        assertTrue(draft.subject().contains(PURPOSE.get(draft.templateId())), draft.subject());
        boolean followUp = switch (type) {
            case THANK_YOU, REPLY_TO_OFFER, THANK_AFTER_REJECTION -> false;
            default -> true;
        };
        assertEquals(followUp, draft.subject().endsWith("interview – Nov 16"), draft.subject());
    }

    @Test
    void thankYouSubjectAndBodyReadAsTheSpecShows() {
        Draft draft = composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null);

        assertEquals("Business Analyst interview – thank you", draft.subject());
        assertTrue(draft.body().contains("on Monday, November 16, to talk about the Business Analyst position at Acme Corp"),
                draft.body());
        assertTrue(draft.body().contains("Our conversation about the move to event-driven billing"), draft.body());
    }

    @Test
    void followUpSubjectIsTheSpecExample() {
        Draft draft = composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, null);

        assertEquals("Follow-up: Business Analyst interview – Nov 16", draft.subject());
    }

    @Test
    void thankYouWithoutTalkingPointReadsNaturally() {
        InterviewRound plain = new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), null, "  ", List.of("Pat Lee"));
        Application app = acme().withInterviews(List.of(plain));

        Draft draft = composer.draft(app, email(ActionType.THANK_YOU), JANE, null);

        assertFalse(draft.body().contains("conversation about"), draft.body());
        assertFalse(draft.body().contains("\n\n\n"), draft.body());
        assertNoPlaceholder(draft.body());
        assertTrue(draft.body().contains("more interested in joining Acme Corp"), draft.body());
    }

    @Test
    void followUpAfterAPassedDecisionDateAsksForARevisedTimeline() {
        PlannedAction r7 = action(ActionType.FOLLOW_UP, Channel.EMAIL, "R7", PAT);

        Draft draft = composer.draft(acme(), r7, JANE, null);

        assertEquals("after-date", draft.variant());
        assertEquals("FOLLOW_UP-after-date", draft.templateId());
        // The reply's new date (Dec 4) replaced the round's (Nov 20).
        assertTrue(draft.body().contains("a decision by Friday, December 4"), draft.body());
        assertTrue(draft.body().contains("updated timeline"), draft.body());
    }

    @Test
    void followUpWithAKnownDelayIsPatient() {
        Application delayed = acme().withFlags(false, true);

        Draft draft = composer.draft(delayed, action(ActionType.FOLLOW_UP, Channel.EMAIL, "R8", PAT), JANE, null);

        assertEquals("known-delay", draft.variant());
        assertTrue(draft.body().contains("no rush on my side"), draft.body());
    }

    @Test
    void plainFollowUpWithoutDateOrDelay() {
        Draft draft = composer.draft(acme(), action(ActionType.FOLLOW_UP, Channel.EMAIL, "R8", PAT), JANE, null);

        assertEquals(TemplateCatalog.STANDARD, draft.variant());
        assertEquals("FOLLOW_UP", draft.templateId());
    }

    @Test
    void offerReplyAsksForTimeUnlessToldOtherwise() {
        assertEquals("time", composer.draft(acme(), email(ActionType.REPLY_TO_OFFER), JANE, null).variant());
        assertEquals(List.of("accept", "time", "decline"), composer.variants(ActionType.REPLY_TO_OFFER));
        assertEquals("REPLY_TO_OFFER-decline",
                composer.draft(acme(), email(ActionType.REPLY_TO_OFFER), JANE, "Decline").templateId());
    }

    @Test
    void unknownVariantIsRefusedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, "cheerful"));
        assertTrue(e.getMessage().contains("standard, after-date, known-delay"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void withoutANameTheDraftEndsAtTheSignOff(ActionType type) {
        PlannedAction planned = action(type, TemplateCatalog.hasPhoneScripts(type) ? Channel.PHONE : Channel.EMAIL);

        Draft draft = composer.draft(acme(), planned, NOBODY, null);

        assertTrue(draft.body().endsWith("Best regards,"), draft.body());
        assertNoPlaceholder(draft.body());
        if (draft.hasPhoneScripts()) {
            assertNoPlaceholder(draft.callScript());
            assertNoPlaceholder(draft.voicemailScript());
            assertFalse(draft.voicemailScript().contains("this is ."), draft.voicemailScript());
            assertFalse(draft.callScript().contains("this is ."), draft.callScript());
        }
    }

    @Test
    void nameWithoutSignatureSignsWithTheName() {
        var named = new app.nudge.domain.Settings("Zoë Martin", "", "", "", "", null);

        Draft draft = composer.draft(acme(), email(ActionType.CLOSE_OUT), named, null);

        assertTrue(draft.body().endsWith("Best regards,\nZoë Martin"), draft.body());
    }

    @Test
    void noContactMeansANeutralGreetingAndNoAddress() {
        Application noContacts = acme().withContacts(List.of());

        Draft draft = composer.draft(noContacts, action(ActionType.FOLLOW_UP, Channel.EMAIL, "R8", null), JANE, null);

        assertNull(draft.to());
        assertEquals("", draft.toAddress());
        assertTrue(draft.body().startsWith("Hello,\n\n"), draft.body());
    }

    @Test
    void checkBackComesWithScriptsEvenByEmail() {
        Draft draft = composer.draft(acme(), email(ActionType.CHECK_BACK), JANE, null);

        assertTrue(draft.hasPhoneScripts());
        assertTrue(draft.body().contains("check back around Thursday, December 17"), draft.body());
    }

    @Test
    void emailFollowUpsHaveNoScripts() {
        Draft draft = composer.draft(acme(), email(ActionType.FINAL_FOLLOW_UP), JANE, null);

        assertFalse(draft.hasPhoneScripts());
        assertNull(draft.voicemailScript());
    }

    @Test
    void userOverridesAreLayeredOverTheDefaults() {
        TemplateSource edited = TemplateSource.of(Map.of("CLOSE_OUT",
                "Subject: {role} – thanks\n\n{greeting}\n\nThanks for everything.\n\n{signature}"));
        Composer custom = new Composer(edited.orElse(TemplateSource.defaults()));

        Draft closeOut = custom.draft(acme(), email(ActionType.CLOSE_OUT), JANE, null);
        Draft thanks = custom.draft(acme(), email(ActionType.THANK_YOU), JANE, null);

        assertEquals("Business Analyst – thanks", closeOut.subject());
        assertEquals("Hi Pat,\n\nThanks for everything.\n\nJane Doe\n+1 555 0100", closeOut.body());
        assertEquals(composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null), thanks);
    }

    @Test
    void aMissingTemplateIsReportedByItsId() {
        Composer empty = new Composer(id -> java.util.Optional.empty());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> empty.draft(acme(), email(ActionType.THANK_YOU), JANE, null));
        assertTrue(e.getMessage().contains("THANK_YOU"));
    }

    static void assertNoPlaceholder(String text) {
        assertFalse(ANY_PLACEHOLDER.matcher(text).find(), () -> "placeholder left in:\n" + text);
    }

    @Test
    void aSignatureStartingWithASignOffLeavesTheTemplatesOneOnly() {
        var signedOff = new app.nudge.domain.Settings("Jane Doe", "", "", "Kind regards,\nJane Doe\n+1 555 0100", "US", null);

        Draft draft = composer.draft(acme(), email(ActionType.CLOSE_OUT), signedOff, null);

        assertTrue(draft.body().endsWith("Best regards,\nJane Doe\n+1 555 0100"), draft.body());
        assertFalse(draft.body().contains("Kind regards"), "one sign-off, the template's");
        assertTrue(SignOffs.isSignOff("  Best, ") && SignOffs.isSignOff("Thanks!") && !SignOffs.isSignOff("Jane Doe,"));
    }

    @Test
    void aSignatureThatIsOnlyASignOffSignsWithTheName() {
        var signedOff = new app.nudge.domain.Settings("Jane Doe", "", "", "Best regards,", "US", null);

        assertTrue(composer.draft(acme(), email(ActionType.CLOSE_OUT), signedOff, null).body()
                .endsWith("\n\nBest regards,\nJane Doe"));
    }

    @Test
    void anEmptyNameIsSaidNeverSilent() {
        assertEquals(List.of(new Warning(Warning.Kind.NO_NAME,
                "Your name is empty: the message ends without it — set it in Settings")), MessageLint.sender(NOBODY));
        var signatureOnly = new app.nudge.domain.Settings("", "", "", "Kind regards,\nJ. Doe", "US", null);
        assertTrue(MessageLint.sender(signatureOnly).get(0).message().contains("only with your signature"));
        assertEquals(List.of(), MessageLint.sender(JANE));
    }

    @Test
    void aThankYouPastItsWindowOwnsUpToTheDelayAndSaysHowLate() {
        java.time.LocalDate today = Fixtures.INTERVIEW.plusDays(38);
        PlannedAction late = new PlannedAction("acme-ba", "Acme Corp", "Business Analyst", ActionType.THANK_YOU,
                Channel.EMAIL, PAT, Fixtures.INTERVIEW, Fixtures.INTERVIEW.plusDays(1),
                app.nudge.policy.Status.OVERDUE, "R4", "test");

        Draft draft = composer.draft(acme(), late, JANE, null);

        assertEquals("late", draft.variant());
        assertFalse(draft.body().contains("Thank you for meeting with me on"), draft.body());
        assertTrue(draft.body().contains("Monday, November 16"), draft.body());
        assertTrue(draft.body().contains(Fixtures.TALKING_POINT), draft.body());
        List<Warning> warnings = new MessageLint().check(draft, acme(), late, today);
        assertEquals(List.of(Warning.Kind.LATE), warnings.stream().map(Warning::kind).toList());
        assertTrue(warnings.get(0).message().contains("38 days ago (Mon 16 Nov)"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("skip"), warnings.get(0).message());
        assertEquals("standard", composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null).variant(),
                "within its window the note is the usual one");
    }
}
