package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15, "Match": email, else domain (never free mail), else company named; several → ambiguous. */
class ReplyMatcherTest {

    private static Application app(String id, String company, String... emails) {
        List<Contact> contacts = java.util.Arrays.stream(emails).map(e -> Contact.named("X", e)).toList();
        return Application.of(id, company, "Analyst").withContacts(contacts)
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of())));
    }

    private static Application closed(Application application) {
        return application.withEvents(List.of(Event.of(EventType.WITHDRAWN, LocalDate.of(2026, 11, 25))));
    }

    private static ReplyMatch match(String from, String subject, String text, Application... applications) {
        IncomingMessage message = new IncomingMessage(subject, from, "", null, text, Map.of(), IncomingMessage.Source.FILE);
        return Messages.READER.propose(message, List.of(applications)).match();
    }

    private static final Application ACME = app("acme", "Acme Inc.", "Pat.Lee@Acme.com");
    private static final Application GLOBEX = app("globex", "Globex GmbH", "kim@globex.de");
    private static final Application INITECH = app("initech", "Initech", "bob@gmail.com");

    @Test
    @DisplayName("Match EMAIL: the sender's address equals a contact's email, in any case")
    void email() {
        ReplyMatch match = match("PAT.LEE@acme.COM", "Re: hello", "Thanks.", ACME, GLOBEX);
        assertEquals(new ReplyMatch(MatchKind.EMAIL, "acme", List.of("acme")), match);
        assertTrue(match.isUnique());
    }

    @Test
    @DisplayName("Match EMAIL wins over a company named in the subject")
    void emailBeforeCompany() {
        assertEquals("acme", match("pat.lee@acme.com", "About Globex", "Hi", ACME, GLOBEX).applicationId());
    }

    @Test
    @DisplayName("Match DOMAIN: another address at the contacts' domain of exactly one application")
    void domain() {
        assertEquals(new ReplyMatch(MatchKind.DOMAIN, "globex", List.of("globex")), match("hr@globex.de", "Re", "Hi", ACME, GLOBEX));
    }

    @Test
    @DisplayName("Match DOMAIN: a subdomain of the contacts' domain matches (talent.acme.com → acme.com), not the reverse")
    void subdomain() {
        assertEquals(MatchKind.DOMAIN, match("no-reply@talent.acme.com", "Re", "Hi", ACME).kind());
        Application sub = app("sub", "Sub", "x@eu.umbrella.com");
        assertEquals(MatchKind.NONE, match("y@umbrella.com", "Re", "Hi", sub).kind());
        assertEquals(MatchKind.NONE, match("y@notacme.com", "Re", "Hi", ACME).kind(), "not a suffix at a dot");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"friend@gmail.com", "friend@googlemail.com", "friend@outlook.com", "friend@hotmail.co.uk",
            "friend@yahoo.fr", "friend@icloud.com", "friend@proton.me", "friend@gmx.de", "friend@web.de", "friend@aol.com"})
    @DisplayName("Match DOMAIN never for free mail: a contact at gmail.com does not tie every gmail sender to it")
    void freeMail(String sender) {
        Application withFree = app("free", "Initech", sender.replace("friend", "bob"));
        assertEquals(MatchKind.NONE, match(sender, "Re", "Hi", withFree).kind());
        assertEquals(MatchKind.EMAIL, match(sender.replace("friend", "bob"), "Re", "Hi", withFree).kind(), "its own address still matches");
    }

    @Test
    @DisplayName("Match COMPANY: exactly one company named in the subject or first lines, legal suffix ignored, any case")
    void company() {
        assertEquals(new ReplyMatch(MatchKind.COMPANY, "acme", List.of("acme")), match("", "Your interview at ACME", "Hi", ACME, GLOBEX));
        assertEquals("globex", match("", "", "Hi Sam,\nThanks for meeting the globex team.", ACME, GLOBEX).applicationId());
        assertEquals("initech", match("someone@gmail.com", "Initech, Inc. follow-up", "Hi", ACME, INITECH).applicationId());
        Application kg = app("kg", "Umbrella GmbH & Co. KG");
        assertEquals("kg", match("", "Umbrella: next steps", "Hi", kg).applicationId());
    }

    @Test
    @DisplayName("Match COMPANY: word boundaries (\"Acmeville\" is not Acme) and only the first lines count")
    void companyBoundaries() {
        assertEquals(MatchKind.NONE, match("", "Acmeville news", "Hi", ACME).kind());
        assertEquals(MatchKind.NONE, match("", "Re", "1\n2\n3\n4\n5\n6 at Acme", ACME).kind());
        assertEquals(MatchKind.NONE, match("", "Re", "Thanks.\n\nOn Tue Sam wrote:\n> my interview at Acme", ACME).kind(),
                "a quoted message is not the first lines");
    }

    @Test
    @DisplayName("Match AMBIGUOUS: several companies named → the user picks among the candidates")
    void ambiguous() {
        ReplyMatch match = match("", "Acme and Globex", "Hi", ACME, GLOBEX);
        assertEquals(MatchKind.AMBIGUOUS, match.kind());
        assertNull(match.applicationId());
        assertEquals(List.of("acme", "globex"), match.candidates());
    }

    @Test
    @DisplayName("Match AMBIGUOUS: one recruiter for two applications; the company named settles it, else the user picks")
    void sameContactTwice() {
        Application acmeTwo = app("acme-2", "Acme Labs", "pat.lee@acme.com");
        assertEquals(new ReplyMatch(MatchKind.AMBIGUOUS, null, List.of("acme", "acme-2")), match("pat.lee@acme.com", "Re", "Hi", ACME, acmeTwo));
        assertEquals("acme-2", match("pat.lee@acme.com", "Acme Labs role", "Hi", ACME, acmeTwo).applicationId());
    }

    @Test
    @DisplayName("Match NONE: nothing fits; no sender (pasted text) is no match by address")
    void none() {
        assertEquals(ReplyMatch.none(), match("", "", "Thanks for applying.", ACME, GLOBEX));
        assertEquals(ReplyMatch.none(), match("x@other.org", "Re", "Hi", ACME, GLOBEX));
    }

    @Test
    @DisplayName("Match: a closed application still matches, but an open one that fits the same rule wins")
    void openWins() {
        Application oldAcme = closed(app("acme-old", "Acme", "pat.lee@acme.com"));
        assertTrue(ReplyMatcher.isClosed(oldAcme));
        assertFalse(ReplyMatcher.isClosed(ACME));
        assertEquals("acme", match("pat.lee@acme.com", "Re", "Hi", oldAcme, ACME).applicationId());
        assertEquals("acme-old", match("pat.lee@acme.com", "Re", "Hi", oldAcme).applicationId());
        assertEquals(MatchKind.EMAIL, match("pat.lee@acme.com", "Re", "Hi", oldAcme).kind());
    }

    @Test
    @DisplayName("Match: a forwarded reply is matched by the forwarded message's From:, not by the user who forwarded it")
    void forwarded() {
        ReplyMatch match = match("sam@gmail.com", "Fwd: Update",
                "FYI\n\n---------- Forwarded message ---------\nFrom: Kim <kim@globex.de>\nSubject: Update\n\nWe will decide by Friday.",
                ACME, GLOBEX);
        assertEquals(new ReplyMatch(MatchKind.EMAIL, "globex", List.of("globex")), match);
    }
}
