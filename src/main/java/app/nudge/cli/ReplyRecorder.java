package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.ErrorMessages;
import app.nudge.common.UserFacing;
import app.nudge.domain.Application;
import app.nudge.replies.Acceptance;
import app.nudge.replies.ReplyProposal;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import java.util.concurrent.CompletionException;

/**
 * {@code --record} for {@code nudge reply} and {@code nudge inbox}: records a proposal as it stands
 * ({@link Acceptance#of}) when its match is unique and its kind records something, through the same
 * {@link ApplicationService#update} path the app uses for one application (the stored application
 * re-read, checked by the rules, written in one transaction; a refusal stores nothing).
 */
public final class ReplyRecorder {

    /** What happened to one proposal. */
    public enum Status { RECORDED, NOT_UNIQUE, NOTHING_TO_RECORD, ALREADY_RECORDED, REFUSED }

    /**
     * @param status        what happened
     * @param applicationId the application written to, or null
     * @param summary       one line for the user: what was recorded, or why nothing was
     */
    public record Outcome(Status status, String applicationId, String summary) {
        public boolean recorded() {
            return status == Status.RECORDED;
        }
    }

    private final ApplicationRepository repository;
    private final ApplicationService service;

    /** Writes to {@code db} (opened for writing) on the calling thread. */
    public ReplyRecorder(Database db) {
        this.repository = new ApplicationRepository(db);
        this.service = new ApplicationService(() -> repository, Runnable::run);
    }

    /**
     * Records the proposal when its match is unique and it records an event or a round. A database
     * failure is thrown as it came (a StoreException: the command exits 3); a change the rules
     * refuse comes back as REFUSED, with nothing stored.
     */
    public Outcome record(ReplyProposal proposal) {
        if (!proposal.match().isUnique()) {
            return new Outcome(Status.NOT_UNIQUE, null, nothingRecorded(switch (proposal.match().kind()) {
                case AMBIGUOUS -> Texts.t("cli.record.severalFit", "candidates", String.join(", ", proposal.match().candidates()));
                default -> Texts.t("cli.record.noMatch");
            }));
        }
        Acceptance accepted = Acceptance.of(proposal);
        String id = proposal.match().applicationId();
        if (accepted.event().isEmpty() && accepted.round().isEmpty()) {
            return new Outcome(Status.NOTHING_TO_RECORD, id, nothingRecorded(Texts.t("cli.record.notAReply")));
        }
        if (alreadyRecorded(id, accepted)) {
            // The same message read again (a script run twice, an inbox read since the same day):
            // recording it twice would show one answer as two.
            return new Outcome(Status.ALREADY_RECORDED, id, nothingRecorded(Texts.t("cli.record.alreadyHas", "id", id,
                    "what", ReplyReport.what(accepted))));
        }
        try {
            Application stored = service.update(id, "record the reply", accepted::applyTo).join();
            return new Outcome(Status.RECORDED, stored.id(), Texts.t("cli.record.recorded", "id", stored.id(), "what", ReplyReport.what(accepted)));
        } catch (CompletionException e) {
            Throwable cause = ErrorMessages.unwrap(e);
            if (cause instanceof StoreException store) {
                throw store; // a database problem: the caller's usual handling (exit 3)
            }
            if (cause instanceof UserFacing) { // the rules refused the change (InvalidApplicationException...)
                return new Outcome(Status.REFUSED, id, nothingRecorded(ErrorMessages.of(cause)));
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static String nothingRecorded(String why) {
        return Texts.t("cli.record.nothing", "why", why);
    }

    private boolean alreadyRecorded(String id, Acceptance accepted) {
        return repository.find(id).map(current ->
                accepted.event().map(current.events()::contains).orElse(true)
                        && accepted.round().map(current.interviews()::contains).orElse(true)).orElse(false);
    }
}
