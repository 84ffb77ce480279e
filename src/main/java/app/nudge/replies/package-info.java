/**
 * Reading a reply from a company: which application it belongs to, what kind of answer it is, and
 * the date it names, with the sentences that decided each. Pure (no JavaFX, no SQL, no mail
 * library): messages arrive here already turned into an {@link app.nudge.replies.IncomingMessage}
 * by {@code app.nudge.mail}, and nothing is recorded without the user's (or --record's) consent.
 */
package app.nudge.replies;
