package app.nudge.ui.replies;

import app.nudge.domain.Application;
import app.nudge.replies.Evidence;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.Reading;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.replies.ReplyProposer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny stand-in for the reader, for the UI's tests only: matches by the company's name in the
 * text (several: ambiguous), reads "decision by YYYY-MM-DD" as a reply with a decision date and
 * "unfortunately" as a rejection, with the sentences as evidence. Records every call.
 */
public final class FakeProposer implements ReplyProposer {

    private static final Pattern DATE = Pattern.compile("[^.\\n]*decision by (\\d{4}-\\d{2}-\\d{2})[^.\\n]*\\.?");
    private static final Pattern REJECTION = Pattern.compile("[^.\\n]*[Uu]nfortunately[^.\\n]*\\.?");

    final List<IncomingMessage> seen = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();
    private final LocalDate today;

    public FakeProposer(LocalDate today) {
        this.today = today;
    }

    @Override
    public ReplyProposal propose(IncomingMessage message, List<Application> applications) {
        seen.add(message);
        threads.add(Thread.currentThread());
        String text = message.text();
        String lower = (message.subject() + "\n" + text).toLowerCase(Locale.ROOT);
        List<String> ids = applications.stream()
                .filter(a -> lower.contains(a.company().toLowerCase(Locale.ROOT))).map(Application::id).toList();
        ReplyMatch match = ids.isEmpty() ? ReplyMatch.none() : ids.size() == 1
                ? new ReplyMatch(MatchKind.COMPANY, ids.get(0), ids) : new ReplyMatch(MatchKind.AMBIGUOUS, null, ids);
        LocalDate day = message.sentAt() == null ? today : message.sentAt().toLocalDate();
        Matcher rejection = REJECTION.matcher(text);
        if (rejection.find()) {
            Evidence kind = new Evidence(rejection.group().strip(), rejection.start() + lead(rejection.group()), rejection.end());
            return new ReplyProposal(message, match, new Reading(ReplyKind.REJECTION_RECEIVED, day, null, null, kind, null));
        }
        Matcher date = DATE.matcher(text);
        if (date.find()) {
            Evidence evidence = new Evidence(date.group().strip(), date.start() + lead(date.group()), date.end());
            return new ReplyProposal(message, match, new Reading(ReplyKind.REPLY_RECEIVED, day,
                    LocalDate.parse(date.group(1)), null, evidence, evidence));
        }
        return new ReplyProposal(message, match, new Reading(ReplyKind.REPLY_RECEIVED, day, null, null, null, null));
    }

    private static int lead(String s) {
        return s.length() - s.stripLeading().length();
    }
}
