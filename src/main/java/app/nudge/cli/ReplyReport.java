package app.nudge.cli;

import app.nudge.i18n.Texts;
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
        out.println(Texts.t("cli.reply.application", "application", application(proposal.match(), applications)));
        Acceptance accepted = Acceptance.of(proposal);
        out.println(Texts.t("cli.reply.kind", "words", Texts.t("replies.kind." + proposal.reading().kind().name()), "code", proposal.reading().kind(),
                "date", day(proposal.reading().date())) + details(proposal, accepted));
        List<String> evidence = ReplyJson.evidence(proposal);
        if (evidence.isEmpty()) {
            out.println(Texts.t("cli.reply.noEvidence"));
        }
        for (String sentence : evidence) {
            out.println(Texts.t("cli.reply.evidence", "sentence", TerminalText.oneLine(sentence)));
        }
    }

    private static String application(ReplyMatch match, List<Application> applications) {
        return switch (match.kind()) {
            case EMAIL, DOMAIN, COMPANY -> Texts.t(switch (match.kind()) {
                case EMAIL -> "cli.reply.matchedByEmail";
                case DOMAIN -> "cli.reply.matchedByDomain";
                default -> "cli.reply.matchedByCompany";
            }, "application", named(match.applicationId(), applications));
            case AMBIGUOUS -> Texts.t("cli.reply.severalFit", "candidates", String.join("; ", match.candidates().stream()
                    .map(id -> named(id, applications)).toList()));
            case NONE -> Texts.t("cli.reply.noneMatches");
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
        event.map(Event::newDecisionBy).ifPresent(d -> s.append("; ").append(Texts.t("cli.reply.newDecisionBy", "date", day(d))));
        event.map(Event::checkBackOn).ifPresent(d -> s.append("; ").append(Texts.t("cli.reply.checkBackOn", "date", day(d))));
        accepted.round().ifPresent(r -> s.append("; ").append(Texts.t("cli.reply.nextRound", "when", roundTime(r))));
        ReplyKind kind = proposal.reading().kind();
        if (kind == ReplyKind.NOT_A_REPLY) {
            s.append("; ").append(Texts.t("cli.reply.nothingToRecord"));
        } else if ((kind == ReplyKind.CHECK_BACK_AGREED || kind == ReplyKind.NEXT_ROUND)
                && proposal.reading().namedDate() == null) {
            s.append("; ").append(Texts.t("cli.reply.noDateNamed"));
        }
        return s.toString();
    }

    /** What recording {@code accepted} adds, for the "Recorded on ..." line. */
    static String what(Acceptance accepted) {
        StringBuilder s = new StringBuilder();
        accepted.event().ifPresent(e -> {
            // The event's code (REPLY_RECEIVED) as 'nudge reply --json' writes it, so a script can find it.
            s.append(Texts.t("cli.reply.eventOn", "type", e.type(), "date", day(e.date())));
            if (e.newDecisionBy() != null) {
                s.append(" (").append(Texts.t("cli.reply.newDecisionBy", "date", day(e.newDecisionBy()))).append(')');
            }
            if (e.checkBackOn() != null) {
                s.append(" (").append(Texts.t("cli.reply.checkBackOn", "date", day(e.checkBackOn()))).append(')');
            }
        });
        accepted.round().ifPresent(r -> s.append(s.isEmpty() ? "" : " " + Texts.t("cli.reply.and") + " ")
                .append(Texts.t("cli.reply.roundOn", "when", roundTime(r))));
        if (!accepted.note().isEmpty()) {
            s.append(Texts.t("cli.reply.note", "note", TerminalText.oneLine(accepted.note())));
        }
        return s.toString();
    }

    private static String roundTime(InterviewRound round) {
        return Texts.t("cli.reply.dateAtTime", "date", day(round.endedAt().toLocalDate()),
                "time", Texts.current().date("format.time", round.endedAt()));
    }

    private static String day(java.time.LocalDate date) {
        return Texts.current().date("format.dateYear", date);
    }
}
