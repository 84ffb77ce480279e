package app.nudge.ui.welcome;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import app.nudge.service.SettingsService;
import app.nudge.settings.UserSettings;
import app.nudge.ui.settings.CalendarFields;
import app.nudge.ui.settings.TimingChoice;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run welcome: your name, a signature without a sign-off (the messages have one), the
 * holiday country and the follow-up preset. Finish stores them and Skip stores nothing but the fact
 * that the welcome was seen; either way it does not come back. Both go through the settings service
 * (the database thread) as one read-change-write, so other stored settings stay as they are.
 */
public final class WelcomeViewModel {

    private final SettingsService service;
    private final Executor uiExecutor;
    private final CalendarFields calendar;
    private final StringProperty yourName = new SimpleStringProperty(this, "yourName", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final ObjectProperty<TimingChoice> preset = new SimpleObjectProperty<>(this, "preset", TimingChoice.STANDARD);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public WelcomeViewModel(SettingsService service, CalendarFields calendar, Executor uiExecutor) {
        this.service = service;
        this.calendar = calendar;
        this.uiExecutor = uiExecutor;
    }

    /** Fills the fields from what is stored (a first start: the defaults). */
    public void show(UserSettings current) {
        yourName.set(current.yourName());
        signature.set(current.signature());
        calendar.select(current.country());
        preset.set(TimingChoice.of(current.preset()));
    }

    /** Stores the answers and the welcome as done; completes with whether it was stored (UI executor). */
    public CompletableFuture<Boolean> finish() {
        String name = yourName.get() == null ? "" : yourName.get().strip();
        String sign = signature.get() == null ? "" : signature.get().stripTrailing();
        String country = calendar.getCountry().code();
        TimingChoice chosen = preset.get() == null ? TimingChoice.STANDARD : preset.get();
        return store(s -> {
            UserSettings next = s.withIdentity(name, s.yourEmail(), s.yourPhone(), sign)
                    .withCalendar(country, s.holidaysNone());
            // Own numbers stay unless another preset was chosen (a named preset replaces them).
            if (chosen.preset().orElseThrow() != s.preset()) {
                next = next.withTiming(chosen.preset().orElseThrow(), Optional.empty());
            }
            return next.withWelcomeDone(true);
        });
    }

    /** Stores only that the welcome was seen, so it does not show again. */
    public CompletableFuture<Boolean> skip() {
        return store(s -> s.withWelcomeDone(true));
    }

    private CompletableFuture<Boolean> store(UnaryOperator<UserSettings> change) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        status.set(Texts.t("welcome.saving"));
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        service.update(change).whenCompleteAsync((stored, error) -> {
            busy.set(false);
            if (error != null) {
                status.set(Texts.t("welcome.notSaved", "reason", ErrorMessages.of(error)));
                done.complete(false);
            } else {
                status.set("");
                done.complete(true);
            }
        }, uiExecutor);
        return done;
    }

    /** The named presets (own numbers are set in Settings). */
    public List<TimingChoice> presets() {
        return List.of(TimingChoice.STANDARD, TimingChoice.PATIENT, TimingChoice.PERSISTENT);
    }

    public CalendarFields calendar() {
        return calendar;
    }

    public StringProperty yourNameProperty() {
        return yourName;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public ObjectProperty<TimingChoice> presetProperty() {
        return preset;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
