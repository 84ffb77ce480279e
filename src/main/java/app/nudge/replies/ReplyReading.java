package app.nudge.replies;

import app.nudge.domain.Application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The standard {@link ReplyProposer}: find the new part of the message (quoted earlier messages
 * and the signature cut, a forwarded message read in place of a short note), match it to an
 * application, then read its kind and the date it names. Pure; apart from the context it keeps only
 * an index of the last list of applications; records nothing. The phrases read and what each means: docs/replies.md.
 */
public final class ReplyReading implements ReplyProposer {

    /** How many lines of the new part the company-name rule looks at, besides the subject. */
    private static final int FIRST_LINES = 5;

    private final ReadingContext context;
    /**
     * The index of the last list of applications proposed against: a folder's messages all meet
     * the same list, which is indexed once. Kept with the list it belongs to, compared by identity.
     */
    private volatile Indexed indexed;

    private record Indexed(List<Application> list, ApplicationIndex index) {
    }

    public ReplyReading(ReadingContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public ReadingContext context() {
        return context;
    }

    @Override
    public ReplyProposal propose(IncomingMessage message, List<Application> applications) {
        Objects.requireNonNull(message, "message");
        List<Application> known = applications == null ? List.of() : applications;
        String text = message.text();
        ReplyText reply = QuotedParts.read(text);
        LocalDate date = dateOf(message);
        // A bounce or delivery report is no reply and belongs to no application (docs/replies.md).
        if (SystemSenders.isSystem(message.fromAddress(), message.subject())) {
            return new ReplyProposal(message, ReplyMatch.none(), new Reading(ReplyKind.NOT_A_REPLY, date, null, null, null, null));
        }
        ReplyMatch match = matchOf(message, reply, indexOf(known));
        List<Evidence> sentences = Sentences.of(text, reply.spans());
        Reading reading = new KindReader(sentences, date, referenceDay(reply, date), context.locale())
                .read(message.subject(), AutomationHeaders.of(message.headers()));
        return new ReplyProposal(message, match, reading);
    }

    /**
     * A forwarded reply is matched by who wrote it when the user forwarded it to themselves: the
     * user's own address is no contact of any application. When the message's own sender is one
     * (a contact passing on a colleague's note), that sender stays the sender.
     */
    private ReplyMatch matchOf(IncomingMessage message, ReplyText reply, ApplicationIndex index) {
        String firstLines = reply.firstLines(message.text(), FIRST_LINES);
        ReplyMatch own = ReplyMatcher.match(message.fromAddress(), message.subject(), firstLines, index);
        boolean byContact = own.kind() == MatchKind.EMAIL || own.kind() == MatchKind.DOMAIN;
        return !reply.forwarded() || byContact ? own
                : ReplyMatcher.match(reply.forwardedFrom(), message.subject(), firstLines, index);
    }

    private ApplicationIndex indexOf(List<Application> applications) {
        Indexed last = indexed;
        if (last == null || last.list() != applications) {
            last = new Indexed(applications, ApplicationIndex.of(applications));
            indexed = last;
        }
        return last.index();
    }

    /**
     * The day relative phrases count from: the message's date, or for a forwarded reply the date on
     * its own {@code Date:} line when that names a full date no later than the forward ("by Friday"
     * means the Friday after the company wrote, not after the user forwarded it).
     */
    private LocalDate referenceDay(ReplyText reply, LocalDate date) {
        if (reply.forwardedDate().isEmpty()) {
            return date;
        }
        String line = Flat.of(reply.forwardedDate());
        // Only a written date (with digits) counts: a weekday alone on a Date: line says too little.
        LocalDate written = DatePhrases.first(line, date.minusYears(1), DatePhrases.Purpose.DECISION, context.locale())
                .filter(found -> line.substring(found.start(), found.end()).matches(".*\\d.*"))
                .map(DatePhrases.Found::date).orElse(null);
        return written == null || written.isAfter(date) ? date : written;
    }

    /** The local date of the Date header in the user's zone; today when there is none. */
    LocalDate dateOf(IncomingMessage message) {
        return message.sentAt() == null ? context.today()
                : message.sentAt().withZoneSameInstant(context.zone()).toLocalDate();
    }
}
