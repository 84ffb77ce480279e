package app.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message language of an application: empty is the user's, and no change of other fields loses a chosen one. */
class ApplicationMessageLanguageTest {

    private static final Optional<Language> GERMAN = Optional.of(Language.DE);

    private static Application german() {
        return Application.of("acme", "Acme", "Analyst").withCountry("DE").withMessageLanguage(GERMAN);
    }

    @Test
    void theConstructorsOfBeforeTheLanguageGiveTheUsersAndNullIsReadAsThat() {
        assertEquals(Optional.empty(), Application.of("a", "Acme", "Analyst").messageLanguage());
        assertEquals(Optional.empty(), new Application("a", "Acme", "Analyst", "", null, "", "", "", false, false, "",
                List.of(), List.of(), List.of(), null).messageLanguage());
        assertEquals(Optional.empty(), new ApplicationDetails("Acme", "Analyst", "", null, "", "", false, false, "",
                List.of()).messageLanguage());
    }

    @Test
    void everyWithKeepsTheLanguageAndTheDetailsCarryIt() {
        Application a = german();
        assertEquals(GERMAN, a.withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 2))))
                .messageLanguage());
        assertEquals(GERMAN, a.withInterviews(List.of()).withContacts(List.of()).withFlags(true, true)
                .withCountry("FR").messageLanguage());
        ApplicationDetails details = ApplicationDetails.of(a);
        assertEquals(GERMAN, details.messageLanguage());
        assertEquals(a, details.applyTo(a));
        assertEquals(Optional.of(Language.NL), new ApplicationDetails(a.company(), a.role(), a.country(), null, "", "",
                false, false, "", List.of(), Optional.of(Language.NL)).applyTo(a).messageLanguage());
    }

    @Test
    void loggingAnotherRoundKeepsTheLanguage() {
        InterviewRound round = new InterviewRound(LocalDateTime.of(2026, 11, 10, 10, 0), null, "", List.of("Pat"));
        InterviewLog log = new InterviewLog("Acme", "Analyst", round, List.of(), false, false, "");
        assertEquals(GERMAN, log.applyTo(german(), -1).messageLanguage());
        assertEquals(Optional.empty(), log.newApplication("new").messageLanguage(), "a new one speaks the user's");
    }

    @Test
    void theMergeKeepsALanguageChangedOnOneSideAndRefusesTwoDifferentOnes() {
        ApplicationDetails base = ApplicationDetails.of(german());
        ApplicationDetails mine = ApplicationDetails.of(german().withMessageLanguage(Optional.of(Language.EN)));
        ApplicationDetails theirs = ApplicationDetails.of(german().withFlags(true, false));
        ApplicationDetails merged = DetailsMerge.merge(base, mine, theirs).orElseThrow();
        assertEquals(Optional.of(Language.EN), merged.messageLanguage());
        assertTrue(merged.mayCall());
        ApplicationDetails theirsToo = ApplicationDetails.of(german().withMessageLanguage(Optional.empty()));
        assertEquals(Optional.empty(), DetailsMerge.merge(base, mine, theirsToo));
        assertEquals(List.of("the message language is your language"), DetailsMerge.conflicts(base, mine, theirsToo));
        ApplicationDetails theirsFrench = ApplicationDetails.of(german().withMessageLanguage(Optional.of(Language.FR)));
        assertEquals(List.of("the message language is \u201cFrançais\u201d"), DetailsMerge.conflicts(base, mine, theirsFrench));
    }
}
