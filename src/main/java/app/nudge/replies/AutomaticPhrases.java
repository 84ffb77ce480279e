package app.nudge.replies;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of mail that is no answer from a person about the application: out-of-office answers,
 * job alerts, receipts, read receipts, notices that say they are automated and cold outreach.
 * Matched against flat sentences like {@link KindPhrases}.
 */
final class AutomaticPhrases {

    private AutomaticPhrases() {
    }

    /**
     * Subjects that out-of-office answers, read receipts ("Read: ...", Outlook's) and job alerts put
     * first.
     */
    static final Pattern AUTOMATIC_SUBJECT = Pattern.compile(
            "^(automatic reply|auto-?reply|autoreply|out of (the )?office|ooo\\b|away from|read:|read receipt|return receipt)|\\bjob alert");

    /** An automatic answer to the user's own mail: out of office and auto-replies. Always NOT_A_REPLY. */
    static final KindPhrases.Phrases OUT_OF_OFFICE = KindPhrases.of(List.of(
            "\\b(i am|i'm|i will be|i'll be) (currently )?(out of (the )?office|ooo)\\b",
            // Away, on leave or travelling only with a return ("until", "returning"): a person may
            // well say "I'm traveling this week" in a real answer.
            "\\b(i am|i'm|i will be|i'll be) (currently )?(away|out|on (annual |parental |maternity |paternity |sick )?leave|on vacation|"
                    + "on holiday|travelling|traveling)( from the office| of the office)?,? (until|till|through|returning|and will return)\\b",
            "\\bautomatic reply\\b", "\\bauto-?reply\\b", "\\bautoreply\\b",
            "\\bthis is an? (automated|automatic|auto-generated) (response|reply)\\b",
            "\\b(with )?limited access to (my )?e-?mail\\b", "\\bi will respond (to your (email|message) )?(when|upon|after) (i|my) return",
            "^out of (the )?office\\b"), List.of());

    /**
     * A notice that says it was sent by a machine ("This is an automated message. Please do not
     * reply."). Weak, like an Auto-Submitted header: applicant tracking systems put it under real
     * decisions, so an offer, rejection or round read in the words wins over it.
     */
    static final KindPhrases.Phrases AUTOMATED_NOTICE = KindPhrases.of(List.of(
            "\\bthis is an? (automated|automatic|auto-generated|system-generated) (message|notification|email|e-mail)\\b",
            "\\bplease do not reply to this (email|e-mail|message)\\b"), List.of());

    /** Job alert digests and newsletters. Always NOT_A_REPLY. */
    static final KindPhrases.Phrases JOB_ALERT = KindPhrases.of(List.of(
            "\\bjob alerts?\\b", "\\bjobs? (you may|you might|that may|that might) (be interested in|like)\\b",
            "\\bnew jobs? (for you|matching|that match)\\b", "\\brecommended jobs\\b", "\\bjobs? recommended for you\\b",
            "\\bbased on your (profile|saved search|job preferences|search)\\b", "\\bunsubscribe from (these|this|our)\\b"),
            List.of());

    /**
     * A recruiter writing out of the blue about another role ("I came across your profile"): no
     * answer about any application. NOT_A_REPLY unless an offer or rejection is read first.
     */
    static final KindPhrases.Phrases COLD_OUTREACH = KindPhrases.of(List.of(
            "\\b(i|we) (came across|found|saw|noticed) your (profile|cv|resume|linkedin)\\b"), List.of());

    /** An ATS receipt ("we have received your application"): NOT_A_REPLY unless a decision is read too. */
    static final KindPhrases.Phrases RECEIPT = KindPhrases.of(List.of(
            "\\b(we|we've|we have) (successfully )?received your (application|resume|cv|submission)\\b",
            "\\bthank you for (applying|your application|submitting your application)\\b.*\\b(review|received)\\b",
            "\\byour application (has been|was) (successfully )?(received|submitted)\\b"), List.of());
}
