package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.replies.ReplyProposal;
import java.util.Objects;

/**
 * A proposal waiting for the user's review. Compared by identity: the same text pasted twice is
 * two entries, and dismissing one leaves the other.
 *
 * @param origin where it came from, for the list ("reply.eml", "pasted", "inbox")
 */
public final class WaitingReply {

    private final ReplyProposal proposal;
    private final String origin;

    public WaitingReply(ReplyProposal proposal, String origin) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.origin = Objects.requireNonNullElse(origin, "");
    }

    public ReplyProposal proposal() {
        return proposal;
    }

    public String origin() {
        return origin;
    }

    /** The list's line: who, what about, what the reader made of it. */
    public String summary(String applicationName) {
        String subject = proposal.message().subject().isEmpty() ? opening() : proposal.message().subject();
        String kind = ReplyKindNames.of(proposal.reading().kind());
        return origin.isEmpty() ? t("replies.waiting.line", "who", applicationName, "subject", subject, "kind", kind)
                : t("replies.waiting.lineOrigin", "who", applicationName, "subject", subject, "kind", kind,
                        "origin", shownOrigin());
    }

    /** "pasted" and "inbox" are marks, said in the user's language; anything else is a file's name. */
    private String shownOrigin() {
        return switch (origin) {
            case "pasted", "inbox" -> t("replies.origin." + origin);
            default -> origin;
        };
    }

    /** The first words of a message without a subject (pasted text), in quotes. */
    private String opening() {
        String words = proposal.message().text().strip().replaceAll("\\s+", " ");
        return t("replies.waiting.opening", "words", words.length() > 60 ? words.substring(0, 59) + "\u2026" : words);
    }

    @Override
    public String toString() {
        return proposal.message().subject();
    }
}
