package app.nudge.replies;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's words for reading a reply: the phrases of each kind (in {@link KindReader}'s
 * precedence) and the small patterns that place a date (a deadline word before it, a request in
 * the next sentence, "soon"). A reply is read in every language at once ({@link #ALL}): recruiters
 * mix languages, and a German signature under an English answer must not change how it is read.
 * A language's guards only stop its own phrases, so each list carries its own negations.
 *
 * @param automaticSubject subjects of out-of-office answers, read receipts and job alerts
 * @param deadlineBefore   the words before a date that make it a deadline ("by", "bis", "d'ici")
 * @param deadlineStart    a date phrase starting with these is a deadline ("within", "innerhalb")
 * @param request          a sentence asking the candidate for something
 * @param soon             the answer promised soon, so a date merely mentioned is about something else
 * @param pointsBack       a check-back pointing to the day named just before ("that day")
 */
record ReplyWords(Pattern automaticSubject, List<KindPhrases.Phrases> outOfOffice, List<KindPhrases.Phrases> jobAlert,
                  List<KindPhrases.Phrases> offer, List<KindPhrases.Phrases> rejection, List<KindPhrases.Phrases> coldOutreach,
                  List<KindPhrases.Phrases> nextRound, List<KindPhrases.Phrases> slot, List<KindPhrases.Phrases> receipt,
                  List<KindPhrases.Phrases> automatedNotice, List<KindPhrases.Phrases> checkBack,
                  List<KindPhrases.Phrases> decision, Pattern deadlineBefore, Pattern deadlineStart, Pattern request,
                  Pattern soon, Pattern pointsBack) {

    static final ReplyWords ENGLISH = new ReplyWords(AutomaticPhrases.AUTOMATIC_SUBJECT,
            List.of(AutomaticPhrases.OUT_OF_OFFICE), List.of(AutomaticPhrases.JOB_ALERT),
            List.of(KindPhrases.OFFER, KindPhrases.OFFER_IN_OTHER_WORDS), List.of(KindPhrases.REJECTION),
            List.of(AutomaticPhrases.COLD_OUTREACH), List.of(ContactPhrases.NEXT_ROUND), List.of(ContactPhrases.SLOT),
            List.of(AutomaticPhrases.RECEIPT), List.of(AutomaticPhrases.AUTOMATED_NOTICE), List.of(ContactPhrases.CHECK_BACK),
            List.of(ContactPhrases.DECISION),
            Pattern.compile("\\b(by|before|until|till|no later than|on or before)( the)? $"),
            Pattern.compile("^(within|in) "),
            Pattern.compile("\\b(could|can|would) you\\b|\\bplease\\b|\\bsend (me|us)\\b"),
            // "soon after" ties the answer to the date named.
            Pattern.compile("\\b(shortly|soon|in due course|before long)\\b"
                    + "(?! after| afterwards| thereafter| (after|following) (that|this|it|then))"),
            Pattern.compile("\\b(that day|that date|on the day|then)\\b"));

    /** Every language the reader knows, English first. */
    static final List<ReplyWords> ALL = List.of(ENGLISH, KindPhrasesGerman.WORDS, KindPhrasesFrench.WORDS,
            KindPhrasesSpanish.WORDS, KindPhrasesDutch.WORDS);

    /** Builds a language's words; patterns are written with their accents ({@link Flat#pattern}). */
    static ReplyWords of(String automaticSubject, KindPhrases.Phrases outOfOffice, KindPhrases.Phrases jobAlert,
                         KindPhrases.Phrases offer, KindPhrases.Phrases rejection, KindPhrases.Phrases coldOutreach,
                         KindPhrases.Phrases nextRound, KindPhrases.Phrases slot, KindPhrases.Phrases receipt,
                         KindPhrases.Phrases automatedNotice, KindPhrases.Phrases checkBack, KindPhrases.Phrases decision,
                         String deadlineBefore, String deadlineStart, String request, String soon, String pointsBack) {
        return new ReplyWords(Flat.pattern(automaticSubject), List.of(outOfOffice), List.of(jobAlert), List.of(offer),
                List.of(rejection), List.of(coldOutreach), List.of(nextRound), List.of(slot), List.of(receipt),
                List.of(automatedNotice), List.of(checkBack), List.of(decision), Flat.pattern(deadlineBefore),
                Flat.pattern(deadlineStart), Flat.pattern(request), Flat.pattern(soon), Flat.pattern(pointsBack));
    }

    /** Whether any language's pattern picked by {@code which} is found in {@code flat}. */
    static boolean anyFinds(java.util.function.Function<ReplyWords, Pattern> which, String flat) {
        return ALL.stream().anyMatch(words -> which.apply(words).matcher(flat).find());
    }
}
