package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.mail.imap.InboxAddress;
import app.nudge.mail.imap.InboxProblem;
import app.nudge.settings.InboxSettings;
import app.nudge.settings.UserSettings;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings' "Inbox" part: the folder's address, "Watch this folder", the minutes between
 * checks, and a password field whose value goes only to the credential store (never into the
 * settings), plus "Test connection" with its one-line result.
 */
public final class InboxFields {

    private final InboxConnection connection;
    private final Executor uiExecutor;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<Integer> pollMinutes = new SimpleObjectProperty<>(this, "pollMinutes", InboxSettings.DEFAULT_MINUTES);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper(this, "addressError", "");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing", false);

    InboxFields(InboxConnection connection, Executor uiExecutor) {
        this.connection = connection;
        this.uiExecutor = uiExecutor;
        address.addListener(changed -> validate());
        enabled.addListener(changed -> validate());
    }

    void show(UserSettings s) {
        enabled.set(s.inbox().enabled());
        address.set(s.inbox().address());
        pollMinutes.set(s.inbox().pollMinutes());
        password.set("");
        validate();
    }

    UserSettings applyTo(UserSettings s) {
        Integer minutes = pollMinutes.get();
        int kept = minutes == null ? InboxSettings.DEFAULT_MINUTES
                : Math.max(InboxSettings.MIN_MINUTES, Math.min(InboxSettings.MAX_MINUTES, minutes));
        return s.withInbox(new InboxSettings(enabled.get(), text(address), kept));
    }

    boolean validate() {
        String typed = text(address).strip();
        if (typed.isEmpty()) {
            addressError.set(enabled.get() ? Texts.t("settings.inbox.addressNeeded") : "");
        } else {
            try {
                InboxAddress.parse(typed);
                addressError.set("");
            } catch (InboxProblem e) {
                addressError.set(e.userMessage());
            }
        }
        return addressError.get().isEmpty();
    }

    /** "Test connection": off the JavaFX thread; the result line shows when it is done. */
    public CompletableFuture<String> test() {
        if (!validate() || text(address).isBlank()) {
            testResult.set(addressError.get().isEmpty() ? Texts.t("settings.inbox.addressFirst") : addressError.get());
            return CompletableFuture.completedFuture(testResult.get());
        }
        InboxAddress parsed = InboxAddress.parse(text(address));
        String typed = text(password);
        testing.set(true);
        testResult.set(Texts.t("settings.inbox.connecting", "host", parsed.host()));
        CompletableFuture<String> done = new CompletableFuture<>();
        connection.test(parsed, typed.isEmpty() ? Optional.empty() : Optional.of(typed))
                .exceptionally(e -> Texts.t("settings.inbox.testFailed"))
                .thenAcceptAsync(result -> {
                    testing.set(false);
                    testResult.set(result);
                    done.complete(result);
                }, uiExecutor);
        return done;
    }

    /** After a save: a typed password goes to the credential store, and the field is emptied. */
    CompletableFuture<Void> keepTypedPassword() {
        String typed = text(password);
        if (typed.isEmpty() || text(address).isBlank() || !validate()) {
            return CompletableFuture.completedFuture(null);
        }
        password.set("");
        return connection.keepPassword(InboxAddress.parse(text(address)), typed);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<Integer> pollMinutesProperty() {
        return pollMinutes;
    }

    /** Only ever handed to the credential store; never part of the settings. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty addressErrorProperty() {
        return addressError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }
}
