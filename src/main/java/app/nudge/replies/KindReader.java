package app.nudge.replies;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Decides the kind of a reply from its new sentences, in the precedence: not a reply (a
 * mailing list, an out-of-office or job alert), offer, rejection, not a reply (cold outreach), next round (an
 * invitation, or a proposed day and time), not a reply (automation headers, receipts and automated
 * notices, which yield to the decisive kinds above), check-back, and otherwise a plain reply with
 * the decision date it names. Only sentences of the new part are ever given to it.
 */
final class KindReader {

    /** Links: words in an address ("/offers/8d1f2c") are not words of the sentence. */
    private static final Pattern LINK = Pattern.compile("\\b(https?://|www\\.)\\S+");

    private final LocalDate date;
    private final LocalDate reference;
    private final Locale locale;
    private final List<Evidence> sentences;
    private final List<String> flats;

    /**
     * @param date      the reading's date (the message's local date, or today)
     * @param reference the day relative phrases count from (the forwarded message's date when known)
     */
    KindReader(List<Evidence> sentences, LocalDate date, LocalDate reference, Locale locale) {
        this.sentences = sentences;
        this.date = date;
        this.reference = reference;
        this.locale = locale;
        this.flats = new ArrayList<>(sentences.size());
        for (Evidence sentence : sentences) {
            flats.add(LINK.matcher(Flat.of(sentence.sentence())).replaceAll(" "));
        }
    }

    Reading read(String subject, AutomationHeaders headers) {
        // A mailing list (newsletters, job alerts) is never an answer, whatever its words say.
        if (headers == AutomationHeaders.LIST || ReplyWords.anyFinds(ReplyWords::automaticSubject, Flat.of(subject))) {
            return plain(ReplyKind.NOT_A_REPLY, null);
        }
        int automatic = firstMatching(ReplyWords::outOfOffice, ReplyWords::jobAlert);
        if (automatic >= 0) {
            return plain(ReplyKind.NOT_A_REPLY, sentences.get(automatic));
        }
        int offer = firstMatching(ReplyWords::offer);
        if (offer >= 0) {
            return plain(ReplyKind.OFFER_RECEIVED, sentences.get(offer));
        }
        int rejection = firstMatching(ReplyWords::rejection);
        if (rejection >= 0) {
            return plain(ReplyKind.REJECTION_RECEIVED, sentences.get(rejection));
        }
        // Cold outreach after offers and rejections ("since I first came across your profile ... we're
        // delighted to offer you the role" is an offer), before rounds ("open to a call with our CTO?").
        int cold = firstMatching(ReplyWords::coldOutreach);
        if (cold >= 0) {
            return plain(ReplyKind.NOT_A_REPLY, sentences.get(cold));
        }
        int round = firstMatching(ReplyWords::nextRound);
        if (round >= 0) {
            return nextRound(round);
        }
        Reading slot = proposedSlot();
        if (slot != null) {
            return slot;
        }
        // Automation headers come after the decisive kinds: applicant tracking systems send real
        // offers, rejections and invitations automatically. Out-of-office wording was read above.
        int notice = firstMatching(ReplyWords::receipt, ReplyWords::automatedNotice);
        if (headers != AutomationHeaders.NONE || notice >= 0) {
            return plain(ReplyKind.NOT_A_REPLY, notice >= 0 ? sentences.get(notice) : null);
        }
        Reading checkBack = checkBack();
        return checkBack != null ? checkBack : decision();
    }

    /**
     * A check-back with its day, from its own sentence, or from the sentence before when it points
     * back to it ("the board meets on December 10. Could you check in with me that day?").
     */
    private Reading checkBack() {
        for (int i = 0; i < sentences.size(); i++) {
            if (matches(ReplyWords::checkBack, i)) {
                Evidence sentence = sentences.get(i);
                Optional<DatePhrases.Found> day = DatePhrases.first(flats.get(i), reference, DatePhrases.Purpose.CHECK_BACK, locale);
                if (day.isPresent()) {
                    return new Reading(ReplyKind.CHECK_BACK_AGREED, date, day.get().date(), null, sentence, sentence);
                }
                if (i > 0 && ReplyWords.anyFinds(ReplyWords::pointsBack, flats.get(i))) {
                    Optional<DatePhrases.Found> before = DatePhrases.first(flats.get(i - 1), reference, DatePhrases.Purpose.CHECK_BACK, locale);
                    if (before.isPresent()) {
                        return new Reading(ReplyKind.CHECK_BACK_AGREED, date, before.get().date(), null, sentence, sentences.get(i - 1));
                    }
                }
            }
        }
        return null;
    }

    /**
     * A plain reply and the decision date it names. A date given as a deadline ("by 12/11", "within 10
     * days", "before", "until", "bis", "d'ici", "uiterlijk") wins over one merely mentioned ("we're
     * meeting the last candidate this week"); a decision sentence without a date lends its meaning to a
     * deadline in the next sentence ("No decision yet. We now expect to have one by the end of next
     * week."), unless that one asks the candidate for something. When the answer is promised "shortly"
     * or "soon" ({@link ReplyWords#soon}), a date merely mentioned in the same sentence is about
     * something else ("I'm at a conference all of next week, but you'll hear from us shortly").
     */
    private Reading decision() {
        Evidence mentioned = null;
        LocalDate mentionedDay = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!matches(ReplyWords::decision, i)) {
                continue;
            }
            List<DatePhrases.Found> days = DatePhrases.all(flats.get(i), reference, DatePhrases.Purpose.DECISION, locale);
            for (DatePhrases.Found day : days) {
                if (isDeadline(flats.get(i), day)) {
                    return new Reading(ReplyKind.REPLY_RECEIVED, date, day.date(), null, null, sentences.get(i));
                }
            }
            if (!days.isEmpty() && mentioned == null && !ReplyWords.anyFinds(ReplyWords::soon, flats.get(i))) {
                mentioned = sentences.get(i);
                mentionedDay = days.getFirst().date();
            }
            if (days.isEmpty() && i + 1 < sentences.size() && !ReplyWords.anyFinds(ReplyWords::request, flats.get(i + 1))) {
                for (DatePhrases.Found day : DatePhrases.all(flats.get(i + 1), reference, DatePhrases.Purpose.DECISION, locale)) {
                    if (isDeadline(flats.get(i + 1), day)) {
                        return new Reading(ReplyKind.REPLY_RECEIVED, date, day.date(), null, null, sentences.get(i + 1));
                    }
                }
            }
        }
        return mentioned == null ? plain(ReplyKind.REPLY_RECEIVED, null)
                : new Reading(ReplyKind.REPLY_RECEIVED, date, mentionedDay, null, null, mentioned);
    }

    private static boolean isDeadline(String flat, DatePhrases.Found day) {
        String before = flat.substring(0, day.start());
        String from = flat.substring(day.start());
        return ReplyWords.anyFinds(ReplyWords::deadlineBefore, before) || ReplyWords.anyFinds(ReplyWords::deadlineStart, from);
    }

    /**
     * A sentence that proposes a day and a time for a meeting ("Could you do 12/9 at 1:30 pm?"): a
     * round, with that day and time. Both are required; a day alone may be a deadline.
     */
    private Reading proposedSlot() {
        for (int i = 0; i < sentences.size(); i++) {
            if (matches(ReplyWords::slot, i)) {
                Reading slot = slotIn(i, i);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** The day and time named in sentence {@code i}, as a round invited by sentence {@code invitation}; null without both. */
    private Reading slotIn(int i, int invitation) {
        Optional<DatePhrases.Found> day = DatePhrases.first(flats.get(i), reference, DatePhrases.Purpose.ROUND, locale);
        Optional<LocalTime> time = day.flatMap(found -> TimePhrases.first(flats.get(i).substring(found.start())));
        return time.isEmpty() ? null
                : new Reading(ReplyKind.NEXT_ROUND, date, day.get().date(), time.get(), sentences.get(invitation), sentences.get(i));
    }

    /**
     * The round's day and time: from the invitation itself, else the first later sentence that
     * names a day ("Would Tuesday at 2pm work?"); the time from the same sentence. Sentences before
     * the invitation usually speak of the interview that already took place: only a day AND a time
     * agreed there are taken, when nothing after the invitation names a day.
     */
    private Reading nextRound(int invitation) {
        for (int i = invitation; i < sentences.size(); i++) {
            Optional<DatePhrases.Found> day = DatePhrases.first(flats.get(i), reference, DatePhrases.Purpose.ROUND, locale);
            if (day.isPresent()) {
                LocalTime time = TimePhrases.first(flats.get(i).substring(day.get().start())).orElse(
                        TimePhrases.first(flats.get(i)).orElse(null));
                return new Reading(ReplyKind.NEXT_ROUND, date, day.get().date(), time, sentences.get(invitation), sentences.get(i));
            }
        }
        // "Great, let's do Tuesday at 10am then! Come by the studio and meet Jonas.": the day and time
        // agreed just before the invitation, when both are named.
        for (int i = invitation - 1; i >= 0; i--) {
            Reading slot = slotIn(i, invitation);
            if (slot != null) {
                return slot;
            }
        }
        return plain(ReplyKind.NEXT_ROUND, sentences.get(invitation));
    }

    /** The first sentence that any language's phrases of one of {@code kinds} match, or -1. */
    @SafeVarargs
    private int firstMatching(Function<ReplyWords, List<KindPhrases.Phrases>>... kinds) {
        for (int i = 0; i < flats.size(); i++) {
            for (Function<ReplyWords, List<KindPhrases.Phrases>> kind : kinds) {
                if (matches(kind, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean matches(Function<ReplyWords, List<KindPhrases.Phrases>> kind, int sentence) {
        String flat = flats.get(sentence);
        for (ReplyWords words : ReplyWords.ALL) {
            for (KindPhrases.Phrases phrases : kind.apply(words)) {
                if (phrases.matches(flat)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Reading plain(ReplyKind kind, Evidence evidence) {
        return new Reading(kind, date, null, null, evidence, null);
    }
}
