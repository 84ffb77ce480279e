package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 15 end to end through the ReplyProposer contract: match, then read, then what accepting records. */
class ReplyReadingTest {

    private static final Application ACME = Application.of("acme", "Acme Inc.", "Analyst")
            .withContacts(List.of(Contact.named("Pat Lee", "pat@acme.com")))
            .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of())));
    private static final Application GLOBEX = Application.of("globex", "Globex", "Engineer")
            .withContacts(List.of(Contact.named("Kim", "kim@globex.de")));

    private static final String FORWARDED = """
            FYI, see below.

            Sam

            ---------- Forwarded message ---------
            From: Pat Lee <pat@acme.com>
            Date: Wed, Dec 2, 2026 at 10:00 AM
            Subject: Re: Follow-up
            To: Sam Doe <sam@example.com>

            Hi Sam,

            Great news: we'd like to invite you to a final round with our CTO on Tuesday, December 8 at 2:30 PM.

            Best,
            Pat

            On Tue, Dec 1, 2026 at 9:00 AM Sam Doe <sam@example.com> wrote:
            > Hi Pat, I wanted to follow up on Friday. Could we check back on Monday?
            """;

    @Test
    @DisplayName("forwarded thread: matched by the forwarded From: (EMAIL), read as NEXT_ROUND Tue 8 Dec 14:30; accepting adds the round")
    void forwardedNextRound() {
        IncomingMessage message = new IncomingMessage("Fwd: Re: Follow-up", "sam@example.com", "Sam",
                ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, Messages.NEW_YORK), FORWARDED, Map.of(), IncomingMessage.Source.FILE);
        ReplyProposal proposal = Messages.READER.propose(message, List.of(GLOBEX, ACME));
        assertEquals(new ReplyMatch(MatchKind.EMAIL, "acme", List.of("acme")), proposal.match());
        Reading reading = proposal.reading();
        assertEquals(ReplyKind.NEXT_ROUND, reading.kind());
        assertEquals(LocalDate.of(2026, 12, 8), reading.namedDate());
        assertEquals(java.time.LocalTime.of(14, 30), reading.namedTime());
        Evidence e = reading.kindEvidence();
        assertEquals(FORWARDED.substring(e.start(), e.end()), e.sentence());
        assertTrue(e.sentence().startsWith("Great news"), e.sentence());
        Application accepted = Acceptance.of(proposal).applyTo(ACME);
        assertEquals(LocalDateTime.of(2026, 12, 8, 14, 30), accepted.latestRound().orElseThrow().endedAt());
    }

    @Test
    @DisplayName("forwarded by a contact (not the user): the contact stays the sender, EMAIL, not the colleague's DOMAIN")
    void forwardedByAContact() {
        String text = "Sam, passing this on so you have it first-hand.\n\nKim\n\n---------- Forwarded message ---------\n"
                + "From: Globex Recruiting <recruiting@globex.de>\nDate: Wed, Dec 2, 2026 at 9:00 AM\nSubject: Status\n\n"
                + "Hi Kim, we plan to have final decisions by December 8th.\n";
        IncomingMessage message = new IncomingMessage("Fwd: Status", "kim@globex.de", "Kim",
                ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, Messages.NEW_YORK), text, Map.of(), IncomingMessage.Source.FILE);
        ReplyProposal proposal = Messages.READER.propose(message, List.of(GLOBEX, ACME));
        assertEquals(new ReplyMatch(MatchKind.EMAIL, "globex", List.of("globex")), proposal.match());
        assertEquals(ReplyKind.REPLY_RECEIVED, proposal.reading().kind());
        assertEquals(LocalDate.of(2026, 12, 8), proposal.reading().namedDate());
    }

    @Test
    @DisplayName("a bounce from the company's own mail server: NOT_A_REPLY, matched to nothing (not Acme by domain)")
    void bounce() {
        IncomingMessage message = new IncomingMessage("Undelivered Mail Returned to Sender", "MAILER-DAEMON@mail.acme.com",
                "Mail Delivery Subsystem", ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, Messages.NEW_YORK),
                "Your message to pat@acme.com could not be delivered. We'd like to invite you to a final round.", Map.of(),
                IncomingMessage.Source.FILE);
        ReplyProposal proposal = Messages.READER.propose(message, List.of(ACME, GLOBEX));
        assertEquals(ReplyMatch.none(), proposal.match());
        assertEquals(ReplyKind.NOT_A_REPLY, proposal.reading().kind());
    }

    @Test
    @DisplayName("forwarded days later: \"by Monday\" counts from the forwarded message's Date: line (Fri 27 Nov → Mon 30 Nov)")
    void forwardedLater() {
        String text = "---------- Forwarded message ---------\nFrom: Pat <pat@acme.com>\nDate: Fri, Nov 27, 2026 at 4:00 PM\n"
                + "Subject: Update\n\nWe will decide by Monday.\n";
        Reading reading = Messages.READER.propose(Messages.mail("Fwd: Update", text), List.of(ACME)).reading();
        assertEquals(Messages.SENT, reading.date(), "the proposal is still dated by the message's own Date header");
        assertEquals(LocalDate.of(2026, 11, 30), reading.namedDate());
    }

    @Test
    @DisplayName("pasted text: no sender, dated today, matched by the company named in its first lines")
    void pasted() {
        ReplyProposal proposal = Messages.READER.propose(
                IncomingMessage.pasted("Hi Sam, thanks for your time with the Acme team.\nWe will decide by Friday."), List.of(ACME, GLOBEX));
        assertEquals(MatchKind.COMPANY, proposal.match().kind());
        assertEquals(Messages.TODAY, proposal.reading().date());
        assertEquals(LocalDate.of(2026, 12, 11), proposal.reading().namedDate());
        assertEquals("We will decide by Friday.", proposal.reading().dateEvidence().sentence());
    }

    @Test
    @DisplayName("empty text and no applications: a plain reply with no match, never an exception")
    void empty() {
        ReplyProposal proposal = Messages.READER.propose(IncomingMessage.pasted(""), List.of());
        assertEquals(ReplyMatch.none(), proposal.match());
        assertEquals(ReplyKind.REPLY_RECEIVED, proposal.reading().kind());
    }
}
