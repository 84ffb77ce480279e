package app.nudge.ui.replies;

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
        return applicationName + " \u2014 " + subject + " \u2014 " + ReplyKindNames.of(proposal.reading().kind())
                + (origin.isEmpty() ? "" : " (" + origin + ")");
    }

    /** The first words of a message without a subject (pasted text), in quotes. */
    private String opening() {
        String words = proposal.message().text().strip().replaceAll("\\s+", " ");
        return "\u201c" + (words.length() > 60 ? words.substring(0, 59) + "\u2026" : words) + "\u201d";
    }

    @Override
    public String toString() {
        return proposal.message().subject();
    }
}
