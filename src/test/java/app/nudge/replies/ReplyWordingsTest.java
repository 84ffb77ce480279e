package app.nudge.replies;

import static app.nudge.replies.Messages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wordings added when the reader was measured on the corpus (issue 15): each general phrase or
 * guard, with the near miss that must NOT become an offer, a rejection or a round. Messages are sent
 * Wednesday 2026-12-02 in New York (en-US).
 */
class ReplyWordingsTest {

    @ParameterizedTest(name = "[{index}] {1} from \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I didn't want to wait: we'd like to offer you the Product Manager role.        | OFFER_RECEIVED     | offer you the Product
            Acme has sent you an offer for the QA Engineer position.                       | OFFER_RECEIVED     | sent you an offer
            I'm attaching your offer letter; Dan will walk you through it.                 | OFFER_RECEIVED     | attaching your offer
            The offer is attached, have a read and tell me what you think.                 | OFFER_RECEIVED     | offer is attached
            Jana, please send Sam the formal offer for the SRE role.                       | OFFER_RECEIVED     | formal offer
            Your offer letter is ready to sign in your portal: https://ats.example/offers/1 | OFFER_RECEIVED    | ready to sign
            We went with someone who has deeper publishing experience.                     | REJECTION_RECEIVED | went with someone
            In the end we went with a candidate whose background is closer to our clients. | REJECTION_RECEIVED | a candidate whose
            I've offered the job to someone who has run a shop floor before, and she said yes. | REJECTION_RECEIVED | offered the job
            I'd love for you to join Acme Studio as our first UX designer!                 | OFFER_RECEIVED     | join Acme
            This offer is conditional upon the receipt of two satisfactory references.     | OFFER_RECEIVED     | offer is conditional
            Please find enclosed your conditional offer of appointment.                    | OFFER_RECEIVED     | offer of appointment
            We're going with an internal candidate for the platform role.                  | REJECTION_RECEIVED | internal candidate
            We decided to hire someone with more motion design experience.                 | REJECTION_RECEIVED | hire someone
            Just to let you know we've found someone for the manager job.                  | REJECTION_RECEIVED | found someone
            The team has chosen a candidate whose background lines up more closely.        | REJECTION_RECEIVED | chosen a candidate
            We hired somebody else in the end.                                             | REJECTION_RECEIVED | somebody else
            The position you applied for has now been filled.                              | REJECTION_RECEIVED | now been filled
            Regrettably, your application has not been successful.                         | REJECTION_RECEIVED | not been successful
            We have decided that your profile is not the right match for this position.    | REJECTION_RECEIVED | right match
            We won't be moving ahead with your candidacy.                                  | REJECTION_RECEIVED | moving ahead
            We have reviewed your application and will not be progressing it further.     | REJECTION_RECEIVED | progressing it
            I'm sorry to say that we will not be offering you the Data Engineer role.       | REJECTION_RECEIVED | offering you
            Our publisher would love to meet you for a final conversation.                 | NEXT_ROUND         | final conversation
            Are you free for a call with our head of data platform?                        | NEXT_ROUND         | head of
            Your interview with Acme Robotics is confirmed.                                | NEXT_ROUND         | is confirmed
            The panel would like to see you again.                                         | NEXT_ROUND         | see you again
            Come by the studio and meet Jonas.                                             | NEXT_ROUND         | studio
            We will not be inviting you to the next stage of the process.                  | REJECTION_RECEIVED | inviting you
            We have decided to progress with other candidates.                             | REJECTION_RECEIVED | other candidates
            You have not been successful on this occasion.                                 | REJECTION_RECEIVED | successful
            We have decided not to take your application further.                          | REJECTION_RECEIVED | application further
            I am pleased to confirm your appointment as Research Engineer.                 | OFFER_RECEIVED     | confirm your appointment
            We'd like to welcome you to the team as our new analyst.                       | OFFER_RECEIVED     | welcome you
            We would like to invite you to an assessment centre on Friday at 10am.         | NEXT_ROUND         | assessment
            Please get in touch again on Monday.                                           | CHECK_BACK_AGREED  | again
            We'd like to invite you to a technical deep-dive with two of our engineers.    | NEXT_ROUND         | deep-dive
            """)
    @DisplayName("kind: the general wordings of offers, rejections and rounds; the decisive sentence is the evidence")
    void kind(String text, ReplyKind kind, String evidenceHas) {
        Messages.assertKindWithEvidence(text, kind, evidenceHas);
    }

    @ParameterizedTest(name = "[{index}] not an offer: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Nothing in this email is an offer of employment or forms part of a contract.
            We will send out the offer letters to the successful candidates next week.
            If the references are good: we'd like to offer you the role.
            I'd love to offer you the chance to interview for the role.
            We didn't make anyone an offer yet.
            We make everyone the same offer: 30 days of leave.
            We'll send you the offer letter once approvals are in.
            We'd love you to join us for a call with the team as a next step.
            We'd love for you to join us as a guest speaker at our meetup.
            If the budget is approved, we'd love you to join as our first designer.
            Any offer is conditional upon two satisfactory references.
            We hope to welcome you to the team one day.
            We'd like to welcome you to the team for a call on Friday.
            I will be pleased to confirm your appointment once the references are in.
            """)
    @DisplayName("kind: a negation, a conditional or offers in general are never OFFER_RECEIVED")
    void notAnOffer(String sentence) {
        assertNotEquals(ReplyKind.OFFER_RECEIVED, read(sentence).kind(), sentence);
    }

    @ParameterizedTest(name = "[{index}] not a rejection: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We went with someone from the team to the careers fair.
            We haven't found someone for the role yet.
            I'll write once the position you applied for has been filled.
            If your application was not successful, you would have heard from us.
            Don't worry that your profile is not the right match on paper, we'd like to meet you.
            We decided to hire someone to help with onboarding next year.
            We have chosen a candidate shortlist and you are on it.
            We went with a candidate list of five for the first round.
            We won't offer the job to someone else before we have met you.
            We are not inviting you to the next stage yet: the panel meets on Monday.
            We will decide whether to progress with other candidates after your interview.
            We will not be progressing it further until the panel meets.
            The sales role has been filled, but the analyst role is still open.
            """)
    @DisplayName("kind: someone else, a filled role or a poor match without a decision is never REJECTION_RECEIVED")
    void notARejection(String sentence) {
        assertNotEquals(ReplyKind.REJECTION_RECEIVED, read(sentence).kind(), sentence);
    }

    @ParameterizedTest(name = "[{index}] not a round: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We're still working through the second interviews.
            Happy to go into more detail if you make it through to the next stage.
            Could you send the documents by Friday?
            Would Friday work for the decision?
            Friday at 3pm doesn't work for me, sorry.
            We finished the last interview yesterday. We'll have a decision by 12/11.
            All final interviews are done and we plan to decide by December 8th.
            The final round of discussions has taken longer than planned; we'll decide mid-December.
            """)
    @DisplayName("kind: interviews with others, a round the candidate might reach, a day without a time is no NEXT_ROUND")
    void notARound(String sentence) {
        assertNotEquals(ReplyKind.NEXT_ROUND, read(sentence).kind(), sentence);
    }

    @ParameterizedTest(name = "[{index}] slot \"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Are you free on Dec. 3rd at 4:00 pm for a call?                               | 2026-12-03 | 16:00
            Could you do 12/9 at 1:30 pm?                                                 | 2026-12-09 | 13:30
            Shall we say the 7th at 9:00?                                                 | 2026-12-07 | 09:00
            Great, let's do Tuesday at 10am then! Come by the office and meet Jonas.      | 2026-12-08 | 10:00
            Does Wednesday at 3:30pm work for you?                                        | 2026-12-09 | 15:30
            """)
    @DisplayName("NEXT_ROUND: a proposed day and time is a round, with both")
    void proposedSlot(String text, LocalDate day, LocalTime time) {
        Reading reading = read(text);
        assertEquals(ReplyKind.NEXT_ROUND, reading.kind());
        assertEquals(day, reading.namedDate());
        assertEquals(time, reading.namedTime());
    }

    @ParameterizedTest(name = "[{index}] check back \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drop me a line on 14 December and I'll tell you where things stand.           | 2026-12-14
            Please check in on December 10.                                               | 2026-12-10
            If you haven't heard from me within 10 days, please check back with me.       | 2026-12-12
            The board meets on December 10. Could you check in with me that day?          | 2026-12-10
            Can you email me again on Friday? I should know by then.                      | 2026-12-04
            """)
    @DisplayName("CHECK_BACK_AGREED: drop me a line, check in on, silence by a day, a day named just before")
    void checkBack(String text, LocalDate day) {
        Reading reading = read(text);
        assertEquals(ReplyKind.CHECK_BACK_AGREED, reading.kind());
        assertEquals(day, reading.namedDate());
    }

    @ParameterizedTest(name = "[{index}] not a check-back: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            If you want, call me on Friday.
            I'll drop you a line on Friday.
            Email me the signed documents by Friday.
            I'll email you again on Friday.
            We'll get in touch again on Monday.
            The board meets on December 10. We'll let you know then.
            """)
    @DisplayName("CHECK_BACK_AGREED only when the company asks the candidate")
    void notACheckBack(String sentence) {
        assertNotEquals(ReplyKind.CHECK_BACK_AGREED, read(sentence).kind(), sentence);
    }

    @ParameterizedTest(name = "[{index}] reply \"{0}\" → newDecisionBy {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            We expect to wrap everything up by December 12.                                           | 2026-12-12
            My co-founder is back on the 12th and we'll make the call together then.                  | 2026-12-12
            We're meeting the last candidate this week and should have a final answer for you by 12/11. | 2026-12-11
            The committee could not meet this week, so the decision will slip. We aim to decide within 10 days. | 2026-12-12
            No decision yet, I'm afraid. We now expect to have one by the end of next week.            | 2026-12-11
            No decision yet. Could you send your references by Friday?                                | -
            I'm at a conference all of next week, but you'll hear from us shortly.                    | -
            We'll hear from the panel shortly and will decide by Friday.                              | 2026-12-04
            We meet the last candidate next week and will let you know soon after.                    | 2026-12-11
            """)
    @DisplayName("REPLY_RECEIVED: a deadline wins over a date merely mentioned; the next sentence may carry it, a request never")
    void decision(String text, LocalDate decisionBy) {
        Reading reading = read(text);
        assertEquals(ReplyKind.REPLY_RECEIVED, reading.kind());
        assertEquals(decisionBy, reading.namedDate());
    }

    @Test
    @DisplayName("not a reply: read receipts, cold outreach, automated notices; decisive wording wins over automation")
    void automation() {
        assertEquals(ReplyKind.NOT_A_REPLY, Messages.read("Read: Following up", "Your message was read on Tuesday.", Map.of()).kind());
        assertEquals(ReplyKind.NOT_A_REPLY, read("I came across your profile and think you'd be a great fit. "
                + "Would Friday at 3pm work for a call with our CTO?").kind());
        assertEquals(ReplyKind.OFFER_RECEIVED, read("Ever since I came across your profile I hoped for this. "
                + "We're delighted to offer you the role.").kind(), "cold-outreach words never hide an offer");
        assertEquals(ReplyKind.NOT_A_REPLY, read("Your profile was updated. This is an automated message. Please do not reply.").kind());
        assertEquals(ReplyKind.REJECTION_RECEIVED, Messages.read("Update", "We will not be progressing it further at this time.\n\n"
                + "This is an automated message. Please do not reply to this email.", Map.of("auto-submitted", "auto-generated")).kind());
        assertEquals(ReplyKind.OFFER_RECEIVED, Messages.read("Offer", "We are pleased to offer you the position.",
                Map.of("auto-submitted", "auto-replied")).kind(), "ATS offers come with automation headers");
        assertEquals(ReplyKind.NOT_A_REPLY, Messages.read("Re: Interview", "I am out of the office until December 7. "
                + "For the final round, contact hr@acme.com.", Map.of("auto-submitted", "auto-replied")).kind());
    }
}
