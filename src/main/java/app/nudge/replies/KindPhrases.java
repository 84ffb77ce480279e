package app.nudge.replies;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of each kind, as data, in one place. Patterns are matched against a flat sentence
 * ({@link Flat}: lower case, straight quotes, single spaces). A sentence counts for a kind when one
 * of its phrases is found and none of its guards: the guards are the negations and conditionals
 * that turn the same words into something else ("before we make an offer", "we have not decided
 * yet"). A false offer or rejection is the worst thing the reader can do, so those two carry the
 * most guards; a sentence a guard wrongly stops is only read as a plain reply, which the user fixes
 * with one click.
 */
final class KindPhrases {

    private KindPhrases() {
    }

    /** A kind's phrases and the guards that cancel them in the same sentence. */
    record Phrases(String required, List<Pattern> phrases, List<Pattern> guards) {

        boolean matches(String flat) {
            return (required.isEmpty() || flat.contains(required))
                    && phrases.stream().anyMatch(p -> p.matcher(flat).find())
                    && guards.stream().noneMatch(g -> g.matcher(flat).find());
        }
    }

    private static Phrases of(List<String> phrases, List<String> guards) {
        return of("", phrases, guards);
    }

    /** {@code required}: a word every phrase contains, checked first because it is cheap. */
    private static Phrases of(String required, List<String> phrases, List<String> guards) {
        return new Phrases(required, phrases.stream().map(Pattern::compile).toList(), guards.stream().map(Pattern::compile).toList());
    }

    /** Conditionals and hedges: an offer or rejection that might happen is not one that did. */
    private static final List<String> CONDITIONALS = List.of(
            "\\bif\\b", "\\bunless\\b", "\\bwhether\\b", "\\bbefore (we|making|extending|deciding|a)\\b",
            "\\bonce (we|the|our|all|a)\\b", "\\b(may|might|could)\\b", "\\b(expect|expects|expecting|plan|plans|planning"
                    + "|hope|hoping|aim|aiming|intend|intending) to\\b", "\\?");

    /**
     * An actual offer. "offer you" is followed by the job, never by an interview ("pleased to offer
     * you a second interview" is a next round).
     */
    static final Phrases OFFER = of("offer", List.of(
                    "\\b(pleased|happy|delighted|excited|thrilled|glad) to (formally )?(offer|extend)( to)? you\\b"
                            + "(?! (a |an |the )?(\\w+ ){0,2}(interview|call|chat|meeting|round|conversation|opportunity to))",
                    "\\bextend(ing)? (to you )?(you )?(a |an )?(formal |written |verbal |official )?(job |employment )?offer\\b(?!s)",
                    "\\boffer letter\\b.{0,40}\\b(attached|enclosed|for your review|below)\\b",
                    "\\b(attached|enclosed) (is |are |please find |you will find )?(your |the |our )?(formal |written |official )?offer\\b",
                    "\\boffer you the (position|role|job)\\b",
                    "\\boffer of employment\\b",
                    "\\bmak(e|ing) you an? (formal |official |written |verbal )?offer\\b",
                    "\\byour (formal |written |official )?offer (letter )?(is|has been) (attached|ready|on its way|sent)\\b"),
            concat(CONDITIONALS, List.of(
                    "\\b(not|no|never|cannot|unable|nor)\\b", "n't\\b",
                    // "what we can offer", "we offer a generous package": talk of benefits, not an offer.
                    "\\bwhat we (can )?offer\\b", "\\bbenefits?\\b", "\\bperks?\\b",
                    // "we expect to extend offers by Friday": plural offers to candidates in general.
                    "\\boffers\\b",
                    // An offer to somebody else (the reason for a rejection).
                    "\\b(another|other|different) candidate", "\\bsomeone else\\b")));

    /** An actual decision against the candidate. */
    static final Phrases REJECTION = of(List.of(
                    "\\b(move|moving|go|going|proceed|proceeding|continue|continuing) forward with (other|another|a different|"
                            + "more qualified|the other) (candidates?|applicants?|applications?|profiles?)\\b",
                    "\\b(decided|chosen|choose|chose) to (pursue|go with|proceed with) (other|another|a different)\\b",
                    "\\b(will not|won't|not be|decided not to|are not|aren't|not to) (be )?(move|moving|go|going|proceed|proceeding|"
                            + "progress|progressing|continue|continuing|advance|advancing) (forward )?(with )?your (application|candidacy)\\b",
                    "\\b(position|role|job|vacancy|opening) has (now |already )?been filled\\b",
                    // Not "we regret to inform you that the interview must be rescheduled".
                    "\\bregret to (inform|tell|let) you\\b(?!.*\\b(reschedul|postpon|delay|interview|move the|change|cancel))",
                    "\\b(we have|we've|we) (now |already )?filled the (position|role|vacancy|opening)\\b",
                    "\\bdecided to (go|move) in a different direction\\b",
                    "\\b(not|n't|unable to|cannot)( be)?( able to)? (move|moving|go|going|proceed|proceeding|progress|progressing|advance|advancing)"
                            + "( forward)? with your (application|candidacy)\\b",
                    "\\b(not|n't)( be)? (move|moving|advance|advancing|progress|progressing) you (forward|further|to the next)\\b",
                    // Negated and about the candidate only: "you have been selected for the final round" is the
                    // opposite, "you have not selected a time slot" is about a calendar.
                    "\\b(you|your (application|profile|candidacy|resume|cv)) (were|was|are|have|has)( not|n't) (been )?(selected|shortlisted)\\b",
                    "\\bnot been (selected|shortlisted)\\b",
                    "\\b(have|has|did|will)( not|n't) (select|selected|be selecting) you\\b",
                    "\\b(your application|you) (was|were|has been|have been) unsuccessful\\b",
                    "\\b(unable|not able|not be able|won't be able|not in a position) to offer you (the|this|a|an)\\b",
                    "\\b(offer|offered|extend|extended) (the|an) (position|role|job|offer) to (another|a different|someone|the other)\\b",
                    // "Unfortunately we won't be moving forward at this time." ends there; with more after it
                    // ("... until we meet two more people") it is not read.
                    "\\b(will not|won't) be (moving|going) forward( with you)?( at this time| for now)?\\.?$",
                    "\\bdecided not to (proceed|move forward|progress|continue|advance)\\b"),
            concat(CONDITIONALS, List.of(
                    // "unfortunately the decision is delayed", "we have not decided yet".
                    "\\bdelay", "\\bpostpon", "\\bon hold\\b", "\\bpushed back\\b", "\\bnot yet\\b", "\\bno decision\\b",
                    "\\b(have|has) not (yet )?(decided|made|moved|chosen)\\b", "\\b(haven't|hasn't) (yet )?(decided|made|moved|chosen)\\b",
                    "\\byet to (decide|make)\\b", "\\bstill (deciding|reviewing|considering|interviewing)\\b",
                    // "don't worry, we haven't moved forward with anyone".
                    "\\bdon't worry\\b", "\\bwith anyone\\b",
                    // "you have not selected a slot yet", "until the position has been filled".
                    "\\byet\\b", "\\buntil\\b", "\\bbefore\\b")));

    /** An invitation to another interview, round or call with the team. */
    static final Phrases NEXT_ROUND = of(List.of(
                    "\\binvite you (to|for) (a |an |the |our )?(\\w+ ){0,3}(interview|round|call|conversation|meeting|chat|onsite|on-site|visit|stage)\\b",
                    "\\b(next|final|second|third|fourth|last|technical|panel|onsite|on-site) (round|interview|stage)s?\\b",
                    "\\b(onsite|on-site)\\b",
                    "\\b(offer|pleased to offer|happy to offer) you (a |an |the )?(\\w+ ){0,2}(interview|call|round)\\b",
                    "\\bschedule (a |an |the )?(\\w+ )?(call|interview|meeting|chat|conversation|session) with (our|the|my|a|two|some)\\b",
                    "\\b(meet|meet with|speak with|talk to|talk with|chat with) (the rest of )?(our|the|my) (team|cto|ceo|cfo|coo|founders?|hiring manager|head of|vp|director)\\b",
                    "\\b(move|moving|advance|advancing|progress|progressing) you (forward )?to the (next|final) (round|stage|step)\\b",
                    // After a first interview, another one being scheduled is the next round.
                    "\\b(interview|call|meeting) (has been|is|was) (scheduled|confirmed|booked)\\b",
                    "\\binvitation (to|for) (a |an |the )?(\\w+ ){0,2}(interview|round|call)\\b",
                    "\\bbring you (back )?in (for|to)\\b", "\\bhave you (come in|meet)\\b"),
            // Invitations are often questions or polite conditionals ("Could we schedule a call with our CTO?",
            // "if you are free, ..."), so only negations and talk of a past round stop them.
            List.of("\\b(not|no|never|cannot|unable|whether|unless)\\b", "n't\\b", "\\bhow did\\b", "\\bafter your\\b"));

    /** The company asks the candidate to get in touch again (a day is required; see ReplyReading). */
    static final Phrases CHECK_BACK = of(List.of(
                    // Not "checking in": that is the company writing, not asking.
                    "\\b(check|checking) back( again)?( with (me|us))?\\b", "\\bcheck in (again )?with (me|us)\\b", "\\bcheck in again\\b",
                    "\\btouch base( again)?( with (me|us))?\\b",
                    "\\bfollow(ing)?[ -]up( again)? with (me|us)\\b",
                    "\\b(feel free to|please|do|you can|you could) (follow up|check back|touch base|circle back|reach out|ping|contact|call)\\b",
                    // Not "email me": "email me the documents by Friday" is a request, not a check-back.
                    "\\b(ping|contact|call|nudge) (me|us)\\b",
                    "\\breach out (to (me|us) )?(again )?(after|on|next|in|around|by|early|at)\\b",
                    "\\b(get back in touch|circle back)\\b", "\\blet's (reconnect|touch base|talk again|connect again)\\b"),
            List.of(
                    // The company saying what IT will do is a decision date, not a check-back.
                    "\\b(i|we)('ll| will| shall|'d| would| am going to| are going to| plan to| can)( \\w+)? (check|touch|follow|reach|get|ping|circle|contact|email|call|be)\\b",
                    "\\bno need to\\b", "\\b(don't|do not|doesn't) (need|have) to\\b", "\\bnot necessary\\b", "\\bif you\\b"));

    /** A sentence that speaks of a decision or an answer: its date is {@code newDecisionBy}. */
    static final Phrases DECISION = of(List.of(
            "\\bdecid", "\\bdecision", "\\bhear (back )?from (us|me)\\b", "\\bget back to you\\b", "\\bcome back to you\\b",
            "\\blet you know\\b", "\\bupdate", "\\banswer\\b", "\\bfeedback\\b", "\\bnext steps?\\b", "\\bnews\\b",
            "\\b(be|get) in touch\\b", "\\bfollow up with you\\b", "\\breach out to you\\b", "\\brespond\\b", "\\bwrap up\\b",
            "\\bfinali[sz]e\\b", "\\bconclude\\b",
            "\\btouch base\\b", "\\b(we|i)('ll| will) reach out\\b", "\\bhear (back|something|more)\\b"), List.of());

    /** An automatic answer to the user's own mail: out of office and auto-replies. Always NOT_A_REPLY. */
    static final Phrases OUT_OF_OFFICE = of(List.of(
            "\\b(i am|i'm|i will be|i'll be) (currently )?(out of (the )?office|ooo)\\b",
            // Away, on leave or travelling only with a return ("until", "returning"): a person may
            // well say "I'm traveling this week" in a real answer.
            "\\b(i am|i'm|i will be|i'll be) (currently )?(away|out|on (annual |parental |maternity |paternity |sick )?leave|on vacation|"
                    + "on holiday|travelling|traveling)( from the office| of the office)?,? (until|till|through|returning|and will return)\\b", "\\bautomatic reply\\b", "\\bauto-?reply\\b", "\\bautoreply\\b",
            "\\bthis is an? (automated|automatic|auto-generated) (response|reply|message)\\b",
            "\\b(with )?limited access to (my )?e-?mail\\b", "\\bi will respond (to your (email|message) )?(when|upon|after) (i|my) return",
            "^out of (the )?office\\b"), List.of());

    /** Job alert digests and newsletters. Always NOT_A_REPLY. */
    static final Phrases JOB_ALERT = of(List.of(
            "\\bjob alerts?\\b", "\\bjobs? (you may|you might|that may|that might) (be interested in|like)\\b",
            "\\bnew jobs? (for you|matching|that match)\\b", "\\brecommended jobs\\b", "\\bjobs? recommended for you\\b",
            "\\bbased on your (profile|saved search|job preferences|search)\\b", "\\bunsubscribe from (these|this|our)\\b"),
            List.of());

    /** An ATS receipt ("we have received your application"): NOT_A_REPLY unless a decision is read too. */
    static final Phrases RECEIPT = of(List.of(
            "\\b(we|we've|we have) (successfully )?received your (application|resume|cv|submission)\\b",
            "\\bthank you for (applying|your application|submitting your application)\\b.*\\b(review|received)\\b",
            "\\byour application (has been|was) (successfully )?(received|submitted)\\b"), List.of());

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
