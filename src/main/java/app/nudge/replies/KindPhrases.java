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
    record Phrases(String required, List<Pattern> phrases, List<Pattern> guards, List<Pattern> sentenceGuards, boolean byClause) {

        boolean matches(String flat) {
            if (!required.isEmpty() && !flat.contains(required) || sentenceGuards.stream().anyMatch(g -> g.matcher(flat).find())) {
                return false;
            }
            if (!byClause) {
                return matchesWhole(flat);
            }
            for (String clause : CLAUSE_BREAK.split(flat)) {
                if (matchesWhole(clause)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesWhole(String flat) {
            return phrases.stream().anyMatch(p -> p.matcher(flat).find())
                    && guards.stream().noneMatch(g -> g.matcher(flat).find());
        }
    }

    /**
     * Where a sentence turns to a new statement: a colon or semicolon. "I didn't want to wait: we'd
     * like to offer you the role" is an offer; the negation belongs to the first statement only. A
     * conditional still holds the whole sentence ("If the references are good: we'll offer you the role").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[:;] ");

    static Phrases of(List<String> phrases, List<String> guards) {
        return of("", phrases, guards);
    }

    /** {@code required}: a word every phrase contains, checked first because it is cheap. */
    static Phrases of(String required, List<String> phrases, List<String> guards) {
        return new Phrases(required, compile(phrases), compile(guards), List.of(), false);
    }

    /**
     * Phrases whose {@code guards} count only within the same clause ({@link #CLAUSE_BREAK}), and whose
     * {@code sentenceGuards} anywhere in the sentence.
     */
    private static Phrases byClause(String required, List<String> phrases, List<String> guards, List<String> sentenceGuards) {
        return new Phrases(required, compile(phrases), compile(guards), compile(sentenceGuards), true);
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(Flat::pattern).toList();
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
    static final Phrases OFFER = byClause("offer", List.of(
                    "\\b(pleased|happy|delighted|excited|thrilled|glad) to (formally )?(offer|extend)( to)? you\\b"
                            + "(?! (a |an |the )?(\\w+ ){0,2}(interview|call|chat|meeting|round|conversation|opportunity to))",
                    "\\bextend(ing)? (to you )?(you )?(a |an )?(formal |written |verbal |official )?(job |employment )?offer\\b(?!s)",
                    "\\boffer letter\\b.{0,40}\\b(attached|enclosed|for your review|below)\\b",
                    "\\b(attached|enclosed) (is |are |please find |you will find )?(your |the |our )?(formal |written |official )?offer\\b",
                    // "offer you the Product Manager role": up to three words of the title, none of them a meeting.
                    "\\boffer you the ((?!interview|call|round|chance|opportunity)[a-z-]+ ){0,3}(position|role|job)\\b",
                    // "offer of appointment" is the usual wording of universities and the public sector.
                    "\\boffer of (employment|appointment)\\b",
                    // A conditional offer is still an offer (references, right to work): "This offer is conditional upon ...".
                    "\\b(this|the|our|your) (conditional |formal |written )?offer (of (employment|appointment) )?is (conditional|subject) (up)?on\\b",
                    "\\bmak(e|ing) you an? (formal |official |written |verbal )?offer\\b",
                    "\\b(your|the) (formal |written |official )?offer (letter )?(is|has been) (attached|enclosed|ready|on its way|sent)\\b",
                    // "I'm attaching your offer letter", "we are sending you the offer".
                    "\\b(i'm|i am|we're|we are) (attaching|enclosing|sending( you)?) (your|the|our|a) (formal |written |official )?offer\\b",
                    // An applicant tracking system's notice: "Acme has sent you an offer".
                    "\\b(has|have) sent you (an|a|your) (formal |written |official )?(job )?offer\\b",
                    // A note passed on inside the company about the candidate: "please send Alex the formal offer".
                    "\\b(send|make|extend) (?!out |over |along |across )(him|her|[a-z]+) (the|this|an|a) (formal |written |official )?offer\\b"),
            List.of(
                    "\\b(not|no|never|nothing|cannot|unable|nor)\\b", "n't\\b",
                    // "what we can offer", "we offer a generous package": talk of benefits, not an offer.
                    "\\bwhat we (can )?offer\\b", "\\bbenefits?\\b", "\\bperks?\\b",
                    // "we expect to extend offers by Friday": plural offers to candidates in general.
                    "\\boffers\\b",
                    // An offer to somebody else (the reason for a rejection).
                    "\\b(another|other|different) candidate", "\\bsomeone else\\b", "\\b(send|make|extend) (everyone|anyone|candidates)\\b"),
            // "We'll send you the offer letter once approvals are in": not made yet.
            concat(CONDITIONALS, List.of("\\bonce\\b")));

    /**
     * An offer made without the word "offer": the company wants the candidate to join it in a role
     * ("I'd love for you to join Acme as our first designer"). "as our/a/the" names the job; joining
     * "for a call" or "for an interview" is a round, and the guards are those of any offer.
     */
    static final Phrases OFFER_IN_OTHER_WORDS = of(List.of(
                    "\\b(love|like|want|delighted|pleased|happy|thrilled|excited)( for)? you to join( [a-z&.'-]+){0,4} as (our|a|an|the)\\b",
                    // "I am pleased to confirm your appointment as ...": the formal wording of a hire.
                    "\\b(pleased|happy|delighted|glad) to confirm your (appointment|employment|hire)\\b",
                    // "we'd like to welcome you to the team (as our new analyst)", "welcome you aboard".
                    "\\b(like|love|want|pleased|happy|delighted|thrilled|excited) to welcome you (to (the|our) team|aboard|on board)\\b"),
            concat(CONDITIONALS, List.of("\\b(not|no|never|nothing|cannot|unable|nor)\\b", "n't\\b",
                    "\\b(interview|call|chat|meeting|round|panel|event|webinar|guest|speaker|volunteer|intern)")));

    /** An actual decision against the candidate; with someone else hired, read even without "unfortunately". */
    static final Phrases REJECTION = of(List.of(
                    "\\b(move|moving|go|going|proceed|proceeding|continue|continuing) forward with (other|another|a different|"
                            + "more qualified|the other) (candidates?|applicants?|applications?|profiles?)\\b",
                    "\\b(decided|chosen|choose|chose) to (pursue|go with|proceed with|progress with|progress) (other|another|a different)\\b",
                    // "we will not be inviting you to the next stage": the next step is closed to the candidate.
                    "\\b(will not|won't|not be|are not|aren't|decided not to|not to) (be )?(inviting|invite) you (to|for) (the |a |an )?"
                            + "(next|further|second|final|another)\\b",
                    "\\bnot to take (your application|your candidacy|you|it) (any )?(further|forward)\\b",
                    "\\b(will not|won't|not be|decided not to|are not|aren't|not to) (be )?(move|moving|go|going|proceed|proceeding|"
                            + "progress|progressing|continue|continuing|advance|advancing) (forward |ahead )?(with )?your (application|candidacy)\\b",
                    // "the position you applied for has now been filled".
                    "\\b(position|role|job|vacancy|opening)( [a-z]+){0,4} has (now |already )?been filled\\b",
                    // Not "we regret to inform you that the interview must be rescheduled".
                    "\\bregret to (inform|tell|let) you\\b(?!.*\\b(reschedul|postpon|delay|interview|move the|change|cancel))",
                    "\\b(we have|we've|we) (now |already )?filled the (position|role|vacancy|opening)\\b",
                    "\\bdecided to (go|move) in a different direction\\b",
                    "\\b(not|n't|unable to|cannot)( be)?( able to)? (move|moving|go|going|proceed|proceeding|progress|progressing|advance|advancing)"
                            + "( forward| ahead)? with your (application|candidacy)\\b",
                    // "we will not be progressing it further": "it" is the application just named.
                    "\\b(not|n't) be (progressing|advancing|taking) (it|your application) (further|forward)\\b",
                    "\\b(not|n't)( be)? (move|moving|advance|advancing|progress|progressing) you (forward|further|to the next)\\b",
                    // Negated and about the candidate only: "you have been selected for the final round" is the
                    // opposite, "you have not selected a time slot" is about a calendar.
                    "\\b(you|your (application|profile|candidacy|resume|cv)) (were|was|are|have|has)( not|n't) (been )?(selected|shortlisted)\\b",
                    "\\bnot been (selected|shortlisted)\\b",
                    "\\b(have|has|did|will)( not|n't) (select|selected|be selecting) you\\b",
                    "\\b(your application|you) (was|were|has been|have been) unsuccessful\\b",
                    "\\b(your application|your candidacy|you) (was|were|has|have)( not|n't) (been )?successful\\b",
                    // "your profile is not the right match for this position".
                    "\\b(your (profile|application|experience|background|skills?)|you) (is|are|was|were)( not|n't) (quite )?"
                            + "(the right|a good|a strong|the best|a close|the) (match|fit)\\b",
                    // Someone else got the job: "we went with someone", "we're going with an internal candidate",
                    // "decided to hire someone", "we've found someone for the role", "has chosen a candidate whose ...".
                    // Not "we went with someone from the team to the fair": the someone is described as a candidate.
                    "\\b(went|go|going|gone|decided to go) with (another|a different|an internal|an external|the other) (candidate|applicant|person|profile)\\b",
                    "\\b(went|go|going|gone|decided to go) with (someone|somebody) (else|who|whose|with|more)\\b",
                    // "we went with a candidate whose background is closer": a described candidate, not "a candidate list".
                    "\\b(went|go|going|gone|decided to go) with (a|one) (candidate|applicant) (whose|who|with)\\b",
                    "\\b(decided to|chose to|going to) (hire|appoint) ((someone|somebody) (else|who|whose|with|more)|"
                            + "(another|a different|an internal|an external) (candidate|applicant|person))\\b",
                    "\\b(hired|appointed|found|chosen|selected) (someone|somebody) else\\b",
                    "\\b(we've|we have|we) (found|hired|appointed) (someone|somebody)( [a-z]+){0,3} (for|to fill) (the|this|that) ([a-z]+ ){0,2}"
                            + "(role|job|position|vacancy|post|opening)\\b",
                    "\\b(has|have|we've) (chosen|selected|hired|appointed) (a|another|an internal|an external) (candidate|applicant)"
                            + "( whose| who| with|\\.|$)",
                    "\\b(unable|not able|not be able|won't be able|not in a position) to offer you (the|this|a|an)\\b",
                    "\\b(will not|won't|not) be offering you (the|this|a|an)\\b",
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
                    // "The sales role has been filled, but the analyst role is still open."
                    "\\bstill (open|available|hiring|recruiting)\\b",
                    // "you have not selected a slot yet", "until the position has been filled".
                    // "before" ending a clause means "previously" ("someone who has run a shop floor before, and ...").
                    "\\byet\\b", "\\buntil\\b", "\\bbefore\\b(?![.,;!]|$)")));

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
