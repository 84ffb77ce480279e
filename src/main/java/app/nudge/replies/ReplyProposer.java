package app.nudge.replies;

import app.nudge.domain.Application;

import java.util.List;

/** Matches a message to an application and reads what it says; records nothing. */
public interface ReplyProposer {

    ReplyProposal propose(IncomingMessage message, List<Application> applications);
}
