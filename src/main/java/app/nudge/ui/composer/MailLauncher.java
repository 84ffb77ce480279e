package app.nudge.ui.composer;

import app.nudge.i18n.Texts;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Opens a {@code mailto:} link in the user's mail app ({@link SystemMailLauncher} in the app, a
 * fake in tests) and says whether it did: there may be no mail app, or the link may be too long.
 */
@FunctionalInterface
public interface MailLauncher {

    /** Completes (on any thread) with the outcome; never exceptionally. */
    CompletionStage<Outcome> open(String uri);

    /** @param problem empty when the mail app opened; else what went wrong, in the user's words */
    record Outcome(String problem) {
        public Outcome {
            Objects.requireNonNull(problem, "problem");
        }

        public static Outcome opened() {
            return new Outcome("");
        }

        public static Outcome failed(String problem) {
            return new Outcome(problem.isBlank() ? Texts.t("composer.mail.didNotStart") : problem);
        }

        public boolean ok() {
            return problem.isEmpty();
        }
    }
}
