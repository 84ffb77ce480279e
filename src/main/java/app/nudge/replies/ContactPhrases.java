package app.nudge.replies;

import java.util.List;

/**
 * The words of the kinds that keep the process going, as data: a next round, a proposed time, a
 * check-back and a decision date. Matched against flat sentences like {@link KindPhrases}.
 */
final class ContactPhrases {

    private ContactPhrases() {
    }

    /** An invitation to another interview, round or call with the team. */
    static final KindPhrases.Phrases NEXT_ROUND = KindPhrases.of(List.of(
                    // "invite you to a technical deep-dive", "invite you to a pairing session with two of our engineers".
                    "\\binvite you (to|for) (a |an |the |our )?(\\w+ ){0,3}(interview|round|call|conversation|meeting|chat|onsite|on-site|visit|stage"
                            + "|deep[- ]dive|presentation|assessment|workshop|session|exercise|case study|trial day)\\b",
                    "\\b(next|final|second|third|fourth|last|technical|panel|onsite|on-site) (round|interview|stage)s?\\b",
                    // "meet you for a final conversation", "a second call", "a technical presentation".
                    "\\b(final|second|third|follow-up|technical) (conversation|call|chat|meeting|presentation)\\b",
                    "\\b(onsite|on-site)\\b",
                    "\\b(offer|pleased to offer|happy to offer) you (a |an |the )?(\\w+ ){0,2}(interview|call|round)\\b",
                    "\\bschedule (a |an |the )?(\\w+ )?(call|interview|meeting|chat|conversation|session) with (our|the|my|a|two|some)\\b",
                    "\\b(meet|meet with|speak with|talk to|talk with|chat with) (the rest of )?(our|the|my) (team|cto|ceo|cfo|coo|founders?|hiring manager|head of|vp|director)\\b",
                    // "are you free for a call with our head of data platform?".
                    "\\b(call|chat|meeting|conversation|interview) with (the rest of )?(our|the|my) (team|cto|ceo|cfo|coo|founders?|hiring manager|head of|vp|director|panel|publisher)\\b",
                    "\\b(move|moving|advance|advancing|progress|progressing) you (forward )?to the (next|final) (round|stage|step)\\b",
                    // After a first interview, another one being scheduled is the next round; an applicant tracking
                    // system writes "your interview with Acme is confirmed".
                    "\\b(interview|call|meeting)( with [\\w .&'-]{1,40})? (has been|is|was) (now )?(scheduled|confirmed|booked)\\b",
                    "\\binvitation (to|for) (a |an |the )?(\\w+ ){0,2}(interview|round|call)\\b",
                    "\\bbring you (back )?in (for|to)\\b", "\\bhave you (come in|meet)\\b",
                    // "she'd like to meet you once more", "the panel would like to see you again".
                    "\\b(would|'d) (like|love) to (meet|see|speak with|talk with|talk to) ([a-z]+) (once more|again)\\b",
                    // "come by the studio", "come in to our office": an invitation in person.
                    "\\bcome (by|in|over|into)( to)? (the|our) (office|offices|studio|building|site|headquarters|hq)\\b"),
            // Invitations are often questions or polite conditionals ("Could we schedule a call with our CTO?",
            // "if you are free, ..."), so only negations, talk of a past round, the process with others
            // ("still working through the second interviews") and a round the candidate might reach stop them.
            List.of("\\b(not|no|never|cannot|unable|whether|unless)\\b", "n't\\b", "\\bhow did\\b", "\\bafter your\\b",
                    "\\b(working through|conducting|finishing|completing|holding|running|wrapping up|in the middle of) (the|our|all|some) (\\w+ )?interviews\\b",
                    "\\bif you (make it|get|progress|move|advance|are (selected|successful|invited|shortlisted))\\b",
                    // Rounds already held, before a decision date: "we finished the last interview yesterday",
                    // "all final interviews are done", "the final round of discussions has taken longer".
                    "\\b(finished|completed|concluded|wrapped up|done with) (the|our|all|all the|my) (\\w+ ){0,2}(interviews?|rounds?|stages?)\\b",
                    "\\b(interviews?|rounds?|stages?)( of [a-z]+)? (are|is|were|was|has|have)( now| all)?( been)? "
                            + "(done|over|complete|completed|finished|behind us|taken|taking|held|run)\\b"));

    /**
     * A time proposed for a meeting: a question or suggestion that names a day and a time ("Could you
     * do 12/9 at 1:30 pm?", "Shall we say the 7th at 9:00?", "Let's do Tuesday at 10am then!"). Read as
     * a round only when the sentence also names a day and a time (see KindReader).
     */
    static final KindPhrases.Phrases SLOT = KindPhrases.of(List.of(
                    "\\b(are|would) you (be )?(free|available)\\b", "\\b(could|can) you do\\b", "\\bshall we say\\b",
                    "\\blet's (do|say|go with|book|lock in)\\b", "\\bhow about\\b", "\\b(does|would|will) .{1,40} work( for you)?\\b"),
            List.of("\\b(not|no|never|cannot|unable)\\b", "n't\\b"));

    /** The company asks the candidate to get in touch again (a day is required; see ReplyReading). */
    static final KindPhrases.Phrases CHECK_BACK = KindPhrases.of(List.of(
                    // Not "checking in": that is the company writing, not asking.
                    "\\b(check|checking) back( again)?( with (me|us))?\\b", "\\bcheck in (again )?with (me|us)\\b", "\\bcheck in again\\b",
                    // "check in on December 10": a day follows.
                    "\\bcheck in (on|after|around|next|in)\\b",
                    "\\btouch base( again)?( with (me|us))?\\b",
                    "\\bfollow(ing)?[ -]up( again)? with (me|us)\\b",
                    "\\b(feel free to|please|do|you can|you could) (follow up|check back|touch base|circle back|reach out|ping|contact|call)\\b",
                    // Not "email me": "email me the documents by Friday" is a request, not a check-back.
                    "\\b(ping|contact|call|nudge) (me|us)\\b",
                    // "drop me a line on 14 December", "drop us a note next week".
                    "\\bdrop (me|us) (a line|a note|a message|an email|a mail)\\b",
                    // "Can you email me again on Friday?": "again" makes it a check-back, not a request for documents.
                    "\\b(email|e-mail|write to|message|mail) (me|us) again\\b",
                    "\\breach out (to (me|us) )?(again )?(after|on|next|in|around|by|early|at)\\b",
                    "\\b(get back in touch|circle back)\\b", "\\bget in touch (with (me|us) )?again\\b", "\\blet's (reconnect|touch base|talk again|connect again)\\b"),
            List.of(
                    // The company saying what IT will do is a decision date, not a check-back.
                    "\\b(i|we)('ll| will| shall|'d| would| am going to| are going to| plan to| can)( \\w+)? (check|touch|follow|reach|get|ping|circle|contact|email|call|be)\\b",
                    "\\bno need to\\b", "\\b(don't|do not|doesn't) (need|have) to\\b", "\\bnot necessary\\b",
                    // "if you want, call me", but not "if you haven't heard from me within 10 days, check back":
                    // silence by a day is the check-back's own condition.
                    "\\bif you\\b(?! (haven't|have not|don't|do not|didn't|did not) hear)"));

    /** A sentence that speaks of a decision or an answer: its date is {@code newDecisionBy}. */
    static final KindPhrases.Phrases DECISION = KindPhrases.of(List.of(
            "\\bdecid", "\\bdecision", "\\bhear (back )?from (us|me)\\b", "\\bget back to you\\b", "\\bcome back to you\\b",
            "\\blet you know\\b", "\\bupdate", "\\banswer\\b", "\\bfeedback\\b", "\\bnext steps?\\b", "\\bnews\\b",
            "\\b(be|get) in touch\\b", "\\bfollow up with you\\b", "\\breach out to you\\b", "\\brespond\\b",
            // "wrap up", "wrap everything up", "wrap things up".
            "\\bwrap (\\w+ ){0,2}up\\b",
            "\\bfinali[sz]e\\b", "\\bconclude\\b",
            // "we'll make the call together then": the call here is the decision.
            "\\bmake (the|a|our|my) (final )?call\\b",
            "\\btouch base\\b", "\\b(we|i)('ll| will) reach out\\b", "\\bhear (back|something|more)\\b"), List.of());
}
