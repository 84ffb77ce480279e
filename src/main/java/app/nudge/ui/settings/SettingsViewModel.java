package app.nudge.ui.settings;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import app.nudge.i18n.Texts;
import app.nudge.service.SettingsService;
import app.nudge.settings.UserSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The settings dialog's state, in parts: {@link #identity()} (your details), {@link #calendar()}
 * (whose holidays count), {@link #timing()} (the follow-up presets or own numbers) and the theme.
 * Loads and saves go through the {@link SettingsService} (the database thread); their results are
 * applied on the UI executor (the JavaFX thread in the app, a direct call in tests). One save writes
 * every setting at once, and the service then tells its listeners, which re-plan.
 */
public final class SettingsViewModel {

    private final SettingsService service;
    private final Executor uiExecutor;
    private final IdentityFields identity = new IdentityFields();
    private final CalendarFields calendar;
    private final TimingFields timing = new TimingFields();
    private final InboxFields inbox;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.LIGHT);
    /** The window's language; empty follows the system's. */
    private final ObjectProperty<Optional<Language>> language = new SimpleObjectProperty<>(this, "language",
            Optional.empty());
    /** What was loaded: settings the dialog does not show (the welcome flag) are saved as they were. */
    private UserSettings loadedSettings = UserSettings.defaults();

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    /** With "Automatic" not naming a country; the app passes the one it chose. */
    public SettingsViewModel(SettingsService service, List<String> countryCodes, Executor uiExecutor) {
        this(service, countryCodes, "", uiExecutor);
    }

    /**
     * @param countryCodes     the ISO 3166 codes that have a holiday calendar (the app passes jollyday's list)
     * @param automaticCountry the code "Automatic" stands for on this computer ("" when not known)
     */
    public SettingsViewModel(SettingsService service, List<String> countryCodes, String automaticCountry,
                             Executor uiExecutor) {
        this(service, countryCodes, automaticCountry, uiExecutor, InboxConnection.forThisRun());
    }

    /** @param inboxConnection tests the inbox connection and keeps its password (off the JavaFX thread) */
    public SettingsViewModel(SettingsService service, List<String> countryCodes, String automaticCountry,
                             Executor uiExecutor, InboxConnection inboxConnection) {
        this.service = service;
        this.inbox = new InboxFields(inboxConnection, uiExecutor);
        this.uiExecutor = uiExecutor;
        this.calendar = new CalendarFields(countryCodes, automaticCountry);
        identity.yourEmailErrorProperty().addListener(changed -> validate());
        timing.validProperty().addListener(changed -> validate());
        inbox.addressErrorProperty().addListener(changed -> validate());
        validate();
    }

    /** Reads the stored settings; the fields change when they arrive. */
    public void load() {
        busy.set(true);
        failed.set(false);
        status.set(Texts.t("settings.loading"));
        service.load().whenCompleteAsync((settings, error) -> {
            busy.set(false);
            if (error != null) {
                showProblem(Texts.t("settings.loadFailed", "problem", ErrorMessages.of(error)));
            } else {
                show(settings);
                loaded.set(true);
                status.set("");
            }
        }, uiExecutor);
    }

    /**
     * Stores every setting of the dialog in one save (which re-plans). Completes with {@code true}
     * once stored, on the UI executor; with {@code false} when nothing was stored: a field is not
     * valid (its message shows next to it), the settings have not been loaded yet, a save is
     * already running, or the store failed (the status says why).
     */
    public CompletableFuture<Boolean> save() {
        if (!loaded.get() || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        if (!validate()) {
            failed.set(true);
            status.set(Texts.t("settings.notSaved"));
            return CompletableFuture.completedFuture(false);
        }
        UserSettings next = toSettings();
        busy.set(true);
        failed.set(false);
        status.set(Texts.t("settings.saving"));
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        service.save(next).whenCompleteAsync((ok, error) -> {
            busy.set(false);
            if (error != null) {
                showProblem(Texts.t("settings.saveFailed", "problem", ErrorMessages.of(error)));
                done.complete(false);
            } else {
                loadedSettings = next;
                inbox.keepTypedPassword(); // the password goes to the credential store, never the settings
                status.set(Texts.t("settings.saved"));
                done.complete(true);
            }
        }, uiExecutor);
        return done;
    }

    /** The settings as the dialog shows them (what a save stores). */
    public UserSettings toSettings() {
        UserSettings s = identity.applyTo(loadedSettings);
        s = calendar.applyTo(s);
        s = timing.applyTo(s);
        s = inbox.applyTo(s);
        return s.withTheme(getTheme()).withLanguage(getLanguage());
    }

    private void show(UserSettings settings) {
        loadedSettings = settings;
        identity.show(settings);
        calendar.show(settings);
        timing.show(settings);
        inbox.show(settings);
        theme.set(settings.theme());
        language.set(settings.language());
        validate();
    }

    private boolean validate() {
        boolean ok = identity.validate() & timing.validate() & inbox.validate();
        valid.set(ok);
        return ok;
    }

    private void showProblem(String message) {
        failed.set(true);
        status.set(message);
    }

    public IdentityFields identity() {
        return identity;
    }

    public CalendarFields calendar() {
        return calendar;
    }

    public TimingFields timing() {
        return timing;
    }

    /** The inbox watch's address, interval, on/off and password (which goes to the credential store only). */
    public InboxFields inbox() {
        return inbox;
    }

    /** Light, dark, or whichever the system uses. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ThemeChoice getTheme() {
        return theme.get() == null ? ThemeChoice.LIGHT : theme.get();
    }

    /** The window's language (empty: the system's); it takes effect at the next start. */
    public ObjectProperty<Optional<Language>> languageProperty() {
        return language;
    }

    public Optional<Language> getLanguage() {
        return language.get() == null ? Optional.empty() : language.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once the stored settings are on show; saving is possible only then. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while a load or a save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
