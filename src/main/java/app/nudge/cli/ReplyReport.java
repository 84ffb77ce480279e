package app.nudge.cli;

import app.nudge.common.TerminalText;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.replies.Acceptance;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** A proposal in words, for {@code nudge reply} without {@code --json}. */
final class ReplyReport {

    private ReplyReport() {
    }

    static void write(ReplyProposal proposal, List<Application> applications, PrintStream out) {
        out.println("Application: " + application(proposal.match(), applications));
        Acceptance accepted = Acceptance.of(proposal);
        out.println("Kind: " + proposal.reading().kind().words() + " [" + proposal.reading().kind() + "], dated " + proposal.reading().date()
                + details(proposal, accepted));
        List<String> evidence = ReplyJson.evidence(proposal);
        if (evidence.isEmpty()) {
            out.println("Evidence: none (no sentence decided it)");
        }
        for (String sentence : evidence) {
            out.println("Evidence: \u201C" + TerminalText.oneLine(sentence) + "\u201D");
        }
    }

    private static String application(ReplyMatch match, List<Application> applications) {
        return switch (match.kind()) {
            case EMAIL, DOMAIN, COMPANY -> named(match.applicationId(), applications) + ", matched by "
                    + switch (match.kind()) {
                        case EMAIL -> "the sender's email address";
                        case DOMAIN -> "the sender's domain";
                        default -> "the company's name";
                    };
            case AMBIGUOUS -> "several fit: " + String.join("; ", match.candidates().stream()
                    .map(id -> named(id, applications)).toList()) + " (choose one in the app)";
            case NONE -> "none matches this message";
        };
    }

    private static String named(String id, List<Application> applications) {
        Optional<Application> found = applications.stream().filter(a -> a.id().equals(id)).findFirst();
        return TerminalText.oneLine(id) + found.map(a -> " (" + TerminalText.oneLine(a.company())
                + (a.role().isBlank() ? "" : " \u2013 " + TerminalText.oneLine(a.role())) + ")").orElse("");
    }

    /** The dates the reading named, in the words of what would be recorded. */
    private static String details(ReplyProposal proposal, Acceptance accepted) {
        StringBuilder s = new StringBuilder();
        Optional<Event> event = accepted.event();
        event.map(Event::newDecisionBy).ifPresent(d -> s.append("; new decision by ").append(d));
        event.map(Event::checkBackOn).ifPresent(d -> s.append("; check back on ").append(d));
        accepted.round().ifPresent(r -> s.append("; next round on ").append(roundTime(r)));
        ReplyKind kind = proposal.reading().kind();
        if (kind == ReplyKind.NOT_A_REPLY) {
            s.append("; nothing to record");
        } else if ((kind == ReplyKind.CHECK_BACK_AGREED || kind == ReplyKind.NEXT_ROUND)
                && proposal.reading().namedDate() == null) {
            s.append("; no date named, so it counts as a reply");
        }
        return s.toString();
    }

    /** What recording {@code accepted} adds, for the "Recorded on ..." line. */
    static String what(Acceptance accepted) {
        StringBuilder s = new StringBuilder();
        accepted.event().ifPresent(e -> {
            s.append(e.type()).append(" on ").append(e.date());
            if (e.newDecisionBy() != null) {
                s.append(" (new decision by ").append(e.newDecisionBy()).append(')');
            }
            if (e.checkBackOn() != null) {
                s.append(" (check back on ").append(e.checkBackOn()).append(')');
            }
        });
        accepted.round().ifPresent(r -> s.append(s.isEmpty() ? "" : " and ").append("a round on ").append(roundTime(r)));
        if (!accepted.note().isEmpty()) {
            s.append(", note \u201C").append(TerminalText.oneLine(accepted.note())).append('\u201D');
        }
        return s.toString();
    }

    private static String roundTime(InterviewRound round) {
        return round.endedAt().toLocalDate() + " at " + round.endedAt().toLocalTime();
    }
}
