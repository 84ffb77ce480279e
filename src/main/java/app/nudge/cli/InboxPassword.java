package app.nudge.cli;

import app.nudge.i18n.Texts;
import java.io.Console;
import java.util.Optional;
import java.util.function.Function;

/**
 * The password for {@code nudge inbox}: {@code NUDGE_IMAP_PASSWORD}, else asked on the terminal
 * without echo. Never an option (it would show in the shell history and the process list).
 */
final class InboxPassword {

    static final String VARIABLE = "NUDGE_IMAP_PASSWORD";

    /** Asks the person at the terminal; empty when there is no terminal to ask on. */
    @FunctionalInterface
    interface Prompt {
        Optional<char[]> ask(String question);
    }

    static final Prompt TERMINAL = question -> {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", question);
        return Optional.ofNullable(typed);
    };

    private InboxPassword() {
    }

    static String of(Function<String, String> environment, Prompt prompt, String user, String host) {
        String fromEnvironment = environment.apply(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        char[] typed = prompt.ask(Texts.t("cli.password.ask", "user", user, "host", host) + " ").orElseThrow(() ->
                new UsageException(Texts.t("cli.inbox.noPassword", "variable", VARIABLE)));
        return new String(typed);
    }
}
