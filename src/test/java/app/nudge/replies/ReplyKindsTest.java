package app.nudge.replies;

import static app.nudge.replies.Messages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, "Read it and propose one of": each kind, in its precedence, and above all the sentences
 * that must NOT be read as an offer or a rejection. Messages are sent Wednesday 2026-12-02.
 */
class ReplyKindsTest {

    @ParameterizedTest(name = "[{index}] {1} from \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We are pleased to offer you the position of Business Analyst.                 | OFFER_RECEIVED     | pleased to offer you
            I'm delighted to extend you an offer to join Acme!                           | OFFER_RECEIVED     | extend you an offer
            Your offer letter is attached, please review it.                              | OFFER_RECEIVED     | offer letter
            We would like to offer you the position, starting January 4.                  | OFFER_RECEIVED     | offer you the position
            Please find attached your formal offer.                                       | OFFER_RECEIVED     | attached your formal offer
            We have decided to move forward with other candidates.                        | REJECTION_RECEIVED | other candidates
            Unfortunately we will not be moving forward with your application.            | REJECTION_RECEIVED | not be moving forward
            I wanted to let you know the position has been filled.                        | REJECTION_RECEIVED | has been filled
            We regret to inform you that we chose another applicant.                      | REJECTION_RECEIVED | regret to inform
            You were not selected for this role.                                          | REJECTION_RECEIVED | not selected
            Unfortunately, we have filled the position.                                   | REJECTION_RECEIVED | filled the position
            We won't be able to offer you a position.                                     | REJECTION_RECEIVED | offer you a position
            We're not able to move forward with your application.                         | REJECTION_RECEIVED | move forward
            We have decided to go in a different direction.                               | REJECTION_RECEIVED | different direction
            Unfortunately we won't be moving forward at this time.                        | REJECTION_RECEIVED | moving forward
            We have decided to offer the role to another candidate.                       | REJECTION_RECEIVED | another candidate
            We are unable to offer you the position at this time.                         | REJECTION_RECEIVED | unable to offer
            We'd love to invite you to a second interview.                                | NEXT_ROUND         | second interview
            The team would like you to come in for the final round.                       | NEXT_ROUND         | final round
            Can we schedule a call with our CTO?                                          | NEXT_ROUND         | our CTO
            We are happy to offer you a second interview with the team.                   | NEXT_ROUND         | second interview
            You have been selected for the next round!                                    | NEXT_ROUND         | next round
            Your interview has been scheduled for Tuesday.                                | NEXT_ROUND         | scheduled
            We'd like to bring you in for a chat with the founders.                       | NEXT_ROUND         | bring you in
            """)
    @DisplayName("kind: the decisive sentence is the evidence")
    void kind(String text, ReplyKind kind, String evidenceHas) {
        Messages.assertKindWithEvidence(text, kind, evidenceHas);
    }

    @ParameterizedTest(name = "[{index}] not an offer: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Before we make an offer, we need one more reference.
            We expect to extend offers by Friday.
            Here is a summary of what we can offer: equity, a bonus and remote work.
            Our benefits include a generous offer of 30 days of leave.
            If all goes well, we will extend you an offer next week.
            We are not yet in a position to extend an offer.
            We may be able to offer you the position after the last interviews.
            We offered the position to another candidate, but we will keep you in mind.
            We decided to extend an offer to someone else.
            """)
    @DisplayName("kind: \"offer\" in a sentence that is no offer is never OFFER_RECEIVED")
    void notAnOffer(String sentence) {
        assertTrue(read(sentence).kind() != ReplyKind.OFFER_RECEIVED, sentence);
    }

    @ParameterizedTest(name = "[{index}] not a rejection: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Unfortunately the decision is delayed until next week.
            We have not decided yet.
            Don't worry, we haven't moved forward with anyone.
            If we decide to move forward with other candidates, we will tell you.
            We are still interviewing other candidates this week.
            I can't say whether we will move forward with other applicants.
            Unfortunately I was out sick, sorry for the late answer.
            You have been selected for the final round.
            We regret to inform you that the interview must be rescheduled.
            You have not selected a time slot yet.
            We will keep the role open until the position has been filled.
            We won't be moving forward until we meet two more people.
            Before we move forward with other candidates, could we talk once more?
            """)
    @DisplayName("kind: \"unfortunately\" or \"other candidates\" without a decision is never REJECTION_RECEIVED")
    void notARejection(String sentence) {
        assertTrue(read(sentence).kind() != ReplyKind.REJECTION_RECEIVED, sentence);
    }

    @Test
    @DisplayName("precedence: an offer wins over a round or check-back in the same message")
    void offerFirst() {
        Reading reading = read("Could you check back with me on Monday? We are pleased to offer you the role.");
        assertEquals(ReplyKind.OFFER_RECEIVED, reading.kind());
        assertNull(reading.namedDate());
    }

    @ParameterizedTest(name = "[{index}] next round \"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            We'd like to invite you to a final round on Tuesday at 2pm.                   | 2026-12-08 | 14:00
            Next round: December 12 at 10:30 with the team.                               | 2026-12-12 | 10:30
            We want to invite you to an onsite. Would Friday, Dec 11 at 14:00 work?       | 2026-12-11 | 14:00
            We'd like to schedule a call with our CTO tomorrow at 10.                     | 2026-12-03 | 10:00
            The next round will be on Monday.                                             | 2026-12-07 | -
            Let's set up the final round, I will send times.                              | -          | -
            We'd like to invite you to a second interview next week.                      | -          | -
            """)
    @DisplayName("NEXT_ROUND: the date AND time when named; a vague week is no date")
    void nextRound(String text, LocalDate day, LocalTime time) {
        Reading reading = read(text);
        assertEquals(ReplyKind.NEXT_ROUND, reading.kind());
        assertEquals(day, reading.namedDate());
        assertEquals(time, reading.namedTime());
    }

    @ParameterizedTest(name = "[{index}] check back \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Please check back with me on Monday.                                          | 2026-12-07
            Feel free to follow up with me next week.                                     | 2026-12-07
            Ping me on the 12th and I will know more.                                     | 2026-12-12
            Let's touch base again on December 10.                                        | 2026-12-10
            Please reach out after the 15th.                                              | 2026-12-16
            Could you check back in two weeks?                                            | 2026-12-16
            Let's reconnect next week.                                                    | 2026-12-07
            """)
    @DisplayName("CHECK_BACK_AGREED: they ask the candidate to get in touch on a day")
    void checkBack(String text, LocalDate day) {
        Reading reading = read(text);
        assertEquals(ReplyKind.CHECK_BACK_AGREED, reading.kind());
        assertEquals(day, reading.namedDate());
        assertEquals(reading.kindEvidence(), reading.dateEvidence());
    }

    @ParameterizedTest(name = "[{index}] reply \"{0}\" → newDecisionBy {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            We will decide by Friday.                                                     | 2026-12-04
            You will hear from us by end of next week.                                    | 2026-12-11
            Expect an update within 10 days.                                              | 2026-12-12
            I'll touch base with you next week once the panel has met.                    | 2026-12-11
            Unfortunately the decision is delayed until December 14.                      | 2026-12-14
            Thanks for your note, the team is still meeting candidates.                   | -
            Feel free to check back with me any time.                                     | -
            I'm out on Friday but the team is still reviewing.                            | -
            I'm traveling this week, we will decide by Friday.                            | 2026-12-04
            You should hear something by the 12th.                                        | 2026-12-12
            """)
    @DisplayName("REPLY_RECEIVED: with newDecisionBy when a decision date is named")
    void reply(String text, LocalDate decisionBy) {
        Reading reading = read(text);
        assertEquals(ReplyKind.REPLY_RECEIVED, reading.kind());
        assertEquals(decisionBy, reading.namedDate());
        assertNull(reading.namedTime());
    }

    @Test
    @DisplayName("quoted: the user's own follow-up quoted below gives neither date nor kind")
    void quotedFollowUpIgnored() {
        Reading reading = read("Thanks Sam, nothing new yet.\n\nOn Tue, Dec 1, 2026 at 9:00 AM Sam <sam@example.com> wrote:\n"
                + "> I wanted to follow up on Friday. Could you check back with me on Monday? Before you make an offer\n"
                + "> I wanted to say we decided to move forward with other candidates in my search.\n");
        assertEquals(ReplyKind.REPLY_RECEIVED, reading.kind());
        assertNull(reading.namedDate());
        assertNull(reading.kindEvidence());
    }

    @ParameterizedTest(name = "[{index}] header {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            auto-submitted    | auto-replied
            x-autoreply       | yes
            x-autorespond     | 1
            precedence        | auto_reply
            precedence        | junk
            precedence        | list
            list-id           | <jobs.example.com>
            list-unsubscribe  | <mailto:unsubscribe@example.com>
            auto-submitted    | auto-generated
            precedence        | bulk
            """)
    @DisplayName("NOT_A_REPLY by headers (auto-submitted other than no, x-autoreply, precedence, list headers)")
    void notAReplyByHeader(String header, String value) {
        assertEquals(ReplyKind.NOT_A_REPLY, read("Update", "We will decide by Friday.", Map.of(header, value)).kind());
    }

    @Test
    @DisplayName("headers: auto-submitted: no is a person; a list header hides even a rejection's words (job alerts)")
    void headersEdges() {
        assertEquals(ReplyKind.REPLY_RECEIVED, read("Re: x", "We will decide by Friday.", Map.of("auto-submitted", "no")).kind());
        assertEquals(ReplyKind.NOT_A_REPLY, read("Jobs", "The position has been filled.", Map.of("list-unsubscribe", "<x>")).kind());
        assertEquals(ReplyKind.REJECTION_RECEIVED,
                read("Your application", "We will not be moving forward with your application.", Map.of("auto-submitted", "auto-generated")).kind(),
                "an ATS decision sent as auto-generated is still read");
    }

    @ParameterizedTest(name = "[{index}] wording \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Re: Interview          | I am out of the office until December 7 with limited access to email.
            Re: Interview          | I'm currently away until Monday. For urgent matters contact hr@acme.com.
            Re: Interview          | I am on parental leave until January 4.
            Automatic reply: Hi    | Thanks for your message.
            Out of Office: Re: Hi  | Thanks for your message.
            Thank you for applying | We have received your application and will review it within 10 days.
            Your job alert         | Here are new jobs for you.
            Weekly digest          | Jobs you may be interested in: Analyst at Acme.
            """)
    @DisplayName("NOT_A_REPLY by wording: out of office, automatic reply, application received, job alerts")
    void notAReplyByWording(String subject, String text) {
        Reading reading = read(subject, text, Map.of());
        assertEquals(ReplyKind.NOT_A_REPLY, reading.kind());
        assertNull(reading.namedDate());
    }

    @Test
    @DisplayName("date: the local date of the Date header in the user's zone; pasted text is dated today")
    void readingDate() {
        IncomingMessage late = new IncomingMessage("Re", "pat@acme.com", "", java.time.ZonedDateTime.parse("2026-12-03T03:30:00Z"),
                "We will decide by Friday.", Map.of(), IncomingMessage.Source.FILE);
        Reading reading = Messages.READER.propose(late, java.util.List.of()).reading();
        assertEquals(LocalDate.of(2026, 12, 2), reading.date(), "03:30 UTC is still Wednesday in New York");
        assertEquals(LocalDate.of(2026, 12, 4), reading.namedDate());
        Reading pasted = Messages.READER.propose(IncomingMessage.pasted("We will decide by Friday."), java.util.List.of()).reading();
        assertEquals(Messages.TODAY, pasted.date());
        assertEquals(LocalDate.of(2026, 12, 11), pasted.namedDate(), "Friday after Saturday the 5th");
    }

    @Test
    @DisplayName("evidence: offsets of kind and date evidence equal text.substring(start, end)")
    void evidenceOffsets() {
        String text = "Hi Sam,\r\n\r\nThank you for your patience.  We would like to invite you to a final\r\nround on "
                + "Tuesday, Dec. 8th at 2:30 PM.\r\n\r\nBest,\r\nPat\r\n";
        Reading reading = read(text);
        assertEquals(ReplyKind.NEXT_ROUND, reading.kind());
        Evidence e = reading.kindEvidence();
        assertEquals(text.substring(e.start(), e.end()), e.sentence());
        assertEquals("We would like to invite you to a final\r\nround on Tuesday, Dec. 8th at 2:30 PM.", e.sentence());
        assertEquals(LocalTime.of(14, 30), reading.namedTime());
        assertEquals(LocalDate.of(2026, 12, 8), reading.namedDate());
    }
}
