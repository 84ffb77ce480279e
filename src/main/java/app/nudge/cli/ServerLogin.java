package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.common.Passwords;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every command's way onto a server that wants a password: first with the user's own credentials
 * (~/.pgpass, PGPASSFILE, PGPASSWORD, as psql); when the server asks for a password none of them
 * gave and someone is at a terminal, it is asked once, without echo, and the open is tried again.
 * Without a terminal (a script, a pipe) the one-line message stands. The password is never an
 * option, never printed, never written anywhere; it is kept in memory for this one command only,
 * so a command that opens the same server twice (a preview, then the write) asks once.
 */
final class ServerLogin {

    /** Asks the person at the terminal without echo; empty when there is no terminal to ask on. */
    @FunctionalInterface
    interface PasswordPrompt {
        Optional<char[]> ask(String question);
    }

    /** The real terminal: {@link Console#readPassword}, only when standard input and output are a terminal. */
    static final PasswordPrompt TERMINAL = question -> {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s", question));
    };

    private final PasswordPrompt prompt;
    /** Typed passwords by server (user, host, port, database), for this command's later opens. */
    private final Map<String, char[]> typed = new HashMap<>();

    ServerLogin(PasswordPrompt prompt) {
        this.prompt = prompt;
    }

    /**
     * Runs {@code opening} with no password, then, when the server still wants one, with the one
     * typed for this server earlier in the command or asked now (once).
     */
    <T> T open(DatabasePath path, Function<char[], T> opening) {
        String key = path.isServer() ? key(path.server()) : null;
        char[] known = key == null ? null : typed.get(key);
        try {
            return opening.apply(known);
        } catch (StoreException e) {
            if (key == null || known != null || e.kind() != StoreException.Kind.NEEDS_PASSWORD) {
                throw e;
            }
            ServerAddress server = path.server();
            Optional<char[]> answer = prompt.ask(Texts.t("cli.password.ask", "user", server.user(), "host", server.host()) + " ");
            if (answer.isEmpty()) {
                throw e; // no terminal: the message says where a password can come from
            }
            char[] password = answer.get();
            try {
                T opened = opening.apply(password);
                typed.put(key, password);
                return opened;
            } catch (RuntimeException refused) {
                Passwords.wipe(password);
                throw refused;
            }
        }
    }

    private static String key(ServerAddress server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }

    /** Console.isTerminal() (Java 22+): since 22 a console exists even when the streams are redirected. */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
