package app.nudge.replies;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the kind of a reply from its new sentences, in the precedence: not a reply (by
 * headers, then by wording), offer, rejection, next round, check-back, and otherwise a plain reply
 * with the decision date it names. Only sentences of the new part are ever given to it.
 */
final class KindReader {

    /** Subjects that out-of-office answers and job alerts put first. */
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile(
            "^(automatic reply|auto-?reply|autoreply|out of (the )?office|ooo\\b|away from)|\\bjob alert");

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
            flats.add(Flat.of(sentence.sentence()));
        }
    }

    Reading read(String subject, AutomationHeaders headers) {
        if (headers == AutomationHeaders.AUTO_REPLY || headers == AutomationHeaders.LIST) {
            return plain(ReplyKind.NOT_A_REPLY, null);
        }
        if (AUTOMATIC_SUBJECT.matcher(Flat.of(subject)).find()) {
            return plain(ReplyKind.NOT_A_REPLY, null);
        }
        int automatic = firstMatching(KindPhrases.OUT_OF_OFFICE, KindPhrases.JOB_ALERT);
        if (automatic >= 0) {
            return plain(ReplyKind.NOT_A_REPLY, sentences.get(automatic));
        }
        int offer = firstMatching(KindPhrases.OFFER);
        if (offer >= 0) {
            return plain(ReplyKind.OFFER_RECEIVED, sentences.get(offer));
        }
        int rejection = firstMatching(KindPhrases.REJECTION);
        if (rejection >= 0) {
            return plain(ReplyKind.REJECTION_RECEIVED, sentences.get(rejection));
        }
        int round = firstMatching(KindPhrases.NEXT_ROUND);
        if (round >= 0) {
            return nextRound(round);
        }
        int receipt = firstMatching(KindPhrases.RECEIPT);
        if (headers == AutomationHeaders.GENERATED || receipt >= 0) {
            return plain(ReplyKind.NOT_A_REPLY, receipt >= 0 ? sentences.get(receipt) : null);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (KindPhrases.CHECK_BACK.matches(flats.get(i))) {
                Optional<DatePhrases.Found> day = DatePhrases.first(flats.get(i), reference, DatePhrases.Purpose.CHECK_BACK, locale);
                if (day.isPresent()) {
                    Evidence sentence = sentences.get(i);
                    return new Reading(ReplyKind.CHECK_BACK_AGREED, date, day.get().date(), null, sentence, sentence);
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (KindPhrases.DECISION.matches(flats.get(i))) {
                Optional<DatePhrases.Found> day = DatePhrases.first(flats.get(i), reference, DatePhrases.Purpose.DECISION, locale);
                if (day.isPresent()) {
                    return new Reading(ReplyKind.REPLY_RECEIVED, date, day.get().date(), null, null, sentences.get(i));
                }
            }
        }
        return plain(ReplyKind.REPLY_RECEIVED, null);
    }

    /**
     * The round's day and time: from the invitation itself, else the first later sentence that
     * names a day ("Would Tuesday at 2pm work?"); the time from the same sentence. Sentences before
     * the invitation are not read: they usually speak of the interview that already took place.
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
        return plain(ReplyKind.NEXT_ROUND, sentences.get(invitation));
    }

    private int firstMatching(KindPhrases.Phrases... kinds) {
        for (int i = 0; i < flats.size(); i++) {
            for (KindPhrases.Phrases kind : kinds) {
                if (kind.matches(flats.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Reading plain(ReplyKind kind, Evidence evidence) {
        return new Reading(kind, date, null, null, evidence, null);
    }
}
