package app.nudge.ui.composer;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Mail launchers for tests: one that records links and opens, one that fails as a desktop without a mail app. */
public final class FakeMail {

    private FakeMail() {
    }

    public static MailLauncher recording(List<String> into) {
        return uri -> {
            into.add(uri);
            return CompletableFuture.completedFuture(MailLauncher.Outcome.opened());
        };
    }

    public static MailLauncher failing(List<String> into, String problem) {
        return uri -> {
            into.add(uri);
            return CompletableFuture.completedFuture(MailLauncher.Outcome.failed(problem));
        };
    }
}
