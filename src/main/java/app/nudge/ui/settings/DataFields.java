package app.nudge.ui.settings;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Data" dialog's state: the server address typed, a password for this connection only, the
 * one-line result of the last test or switch, and where the data is now. Every connection runs
 * through {@link DataConnection} off the JavaFX thread; results come back on {@code uiExecutor}.
 */
public final class DataFields {

    private final DataConnection connection;
    private final Executor uiExecutor;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyBooleanWrapper onServer = new ReadOnlyBooleanWrapper(this, "onServer", false);
    /** Copy this file's search into a schema that holds none ("Use this server"); offered from a file only. */
    private final javafx.beans.property.BooleanProperty bring = new javafx.beans.property.SimpleBooleanProperty(this, "bring", true);

    public DataFields(DataConnection connection, Executor uiExecutor) {
        this.connection = connection;
        this.uiExecutor = uiExecutor;
        refreshWhere();
        if (connection.onServer()) {
            address.set(connection.current()); // the address in use, ready to test again or change
        } else {
            connection.lastServer().ifPresent(address::set); // back on the file: the way to the server again
        }
    }

    /** "Test connection": the address is checked here, the server asked off the JavaFX thread. */
    public CompletableFuture<Void> test() {
        return run(Texts.t("settings.dataDialog.connecting"), true, () -> connection.test(typed(), typedPassword()), line -> say(line, false));
    }

    /** "Use this server": on success the password is forgotten and {@code switched} runs (on the JavaFX thread). */
    public CompletableFuture<Void> use(Runnable switched) {
        return run(Texts.t("settings.dataDialog.switching"), true, () -> connection.use(typed(), typedPassword(), bring.get() && !onServer.get()), done -> {
            password.set("");
            refreshWhere();
            say(Texts.t("settings.dataDialog.nowUsing", "where", current.get()), false);
            switched.run();
        });
    }

    /** "Back to this computer's file". */
    public CompletableFuture<Void> useLocalFile(Runnable switched) {
        return run(Texts.t("settings.dataDialog.switching"), false, connection::useLocalFile, done -> {
            refreshWhere();
            say(Texts.t("settings.dataDialog.nowFile"), false);
            switched.run();
        });
    }

    /** The password field is emptied when the dialog closes: it is never kept. */
    public void forgetPassword() {
        password.set("");
    }

    /** One connection at a time; {@code needsAddress}: the typed address is checked first (its problem is the result). */
    private <T> CompletableFuture<Void> run(String pending, boolean needsAddress, Supplier<CompletableFuture<T>> work,
                                            java.util.function.Consumer<T> succeeded) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> wrong = !needsAddress ? Optional.empty() : typed().isEmpty() ? Optional.of(Texts.t("settings.dataDialog.addressFirst")) : connection.problemWith(typed());
        if (wrong.isPresent()) {
            say(asSentence(wrong.get()), true);
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        say(pending, false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<T> started;
        try {
            started = work.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        started.whenCompleteAsync((value, error) -> {
            busy.set(false);
            if (error != null) {
                say(ErrorMessages.of(ErrorMessages.unwrap(error)), true);
            } else {
                succeeded.accept(value);
            }
            done.complete(null);
        }, uiExecutor);
        return done;
    }

    /** The address's problem is worded to follow "--db: "; on its own line here it reads as a sentence. */
    static String asSentence(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String capital = Character.toUpperCase(line.charAt(0)) + line.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private void say(String line, boolean isProblem) {
        result.set(line);
        problem.set(isProblem);
    }

    private void refreshWhere() {
        current.set(connection.current());
        onServer.set(connection.onServer());
    }

    private String typed() {
        return address.get() == null ? "" : address.get().strip();
    }

    /** A copy for one connection (the connection clears it), or null to use ~/.pgpass or PGPASSWORD. */
    private char[] typedPassword() {
        String text = password.get();
        return text == null || text.isEmpty() ? null : text.toCharArray();
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** Only ever handed to one connection; never stored. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public javafx.beans.property.BooleanProperty bringProperty() {
        return bring;
    }

    public ReadOnlyBooleanProperty onServerProperty() {
        return onServer.getReadOnlyProperty();
    }
}
