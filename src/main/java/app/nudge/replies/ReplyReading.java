package app.nudge.replies;

import app.nudge.domain.Application;

import java.util.List;
import java.util.Objects;

/**
 * The standard {@link ReplyProposer}: match, then read. PLACEHOLDER during issue 15's parallel
 * work: the "reader" branch replaces this body; until it is merged, proposing throws.
 */
public final class ReplyReading implements ReplyProposer {

    private final ReadingContext context;

    public ReplyReading(ReadingContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public ReplyProposal propose(IncomingMessage message, List<Application> applications) {
        throw new UnsupportedOperationException("reply reading is built on the reader branch (" + context + ")");
    }
}
