package app.nudge.ui.settings;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.ApplicationRules;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import app.nudge.service.SettingsService;
import app.nudge.ui.common.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings dialog's state: the user's details, the holiday calendar, the follow-up timing
 * (a preset or own numbers, spec section 3) and the theme. Loads and saves go through the
 * {@link SettingsService} (the database thread); their results are applied on the UI executor
 * (the JavaFX thread in the app, a direct call in tests). One save writes every setting of the
 * dialog at once, and the service then tells its listeners, which re-plan.
 */
public final class SettingsViewModel {

    /** The spinners' upper bound: about three months of business days. */
    public static final int MAX_INTERVAL = 60;

    private final SettingsService service;
    private final Executor uiExecutor;
    private final ObservableList<CountryChoice> countries = FXCollections.observableArrayList();

    private final StringProperty yourName = new SimpleStringProperty(this, "yourName", "");
    private final StringProperty yourEmail = new SimpleStringProperty(this, "yourEmail", "");
    private final StringProperty yourPhone = new SimpleStringProperty(this, "yourPhone", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final ObjectProperty<CountryChoice> country = new SimpleObjectProperty<>(this, "country", CountryChoice.automatic());
    private final BooleanProperty holidaysNone = new SimpleBooleanProperty(this, "holidaysNone", false);
    private final ObjectProperty<TimingChoice> timing = new SimpleObjectProperty<>(this, "timing", TimingChoice.STANDARD);
    private final ReadOnlyObjectWrapper<Preset> basePreset = new ReadOnlyObjectWrapper<>(this, "basePreset", Preset.STANDARD);
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(this, "custom", false);
    private final ObjectProperty<Integer> afterDecisionMin = interval("afterDecisionMin");
    private final ObjectProperty<Integer> afterDecisionMax = interval("afterDecisionMax");
    private final ObjectProperty<Integer> noDateMin = interval("noDateMin");
    private final ObjectProperty<Integer> noDateMax = interval("noDateMax");
    private final ObjectProperty<Integer> betweenMin = interval("betweenMin");
    private final ObjectProperty<Integer> betweenMax = interval("betweenMax");
    private final BooleanProperty secondaryContact = new SimpleBooleanProperty(this, "secondaryContact", false);
    private final StringProperty theme = new SimpleStringProperty(this, "theme", Theme.LIGHT);

    private final ReadOnlyStringWrapper yourEmailError = new ReadOnlyStringWrapper(this, "yourEmailError", "");
    private final ReadOnlyStringWrapper afterDecisionError = new ReadOnlyStringWrapper(this, "afterDecisionError", "");
    private final ReadOnlyStringWrapper noDateError = new ReadOnlyStringWrapper(this, "noDateError", "");
    private final ReadOnlyStringWrapper betweenError = new ReadOnlyStringWrapper(this, "betweenError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    /**
     * @param countryCodes the ISO 3166 codes that have a holiday calendar (the app passes jollyday's list)
     */
    public SettingsViewModel(SettingsService service, List<String> countryCodes, Executor uiExecutor) {
        this.service = service;
        this.uiExecutor = uiExecutor;
        List<CountryChoice> choices = new ArrayList<>();
        countryCodes.stream()
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty())
                .distinct()
                .sorted()
                .map(CountryChoice::of)
                .forEach(choices::add);
        countries.add(CountryChoice.automatic());
        countries.addAll(choices);

        showIntervals(Preset.STANDARD.intervals());
        timing.addListener((obs, was, now) -> timingChanged(was, now));
        custom.bind(timing.isEqualTo(TimingChoice.CUSTOM));
        for (Observable o : List.of(yourEmail, timing, afterDecisionMin, afterDecisionMax, noDateMin, noDateMax,
                betweenMin, betweenMax)) {
            o.addListener(changed -> validate());
        }
        validate();
    }

    private ObjectProperty<Integer> interval(String name) {
        return new SimpleObjectProperty<>(this, name, 1);
    }

    // --- Loading and saving ---

    /** Reads the stored settings; the fields change when they arrive. */
    public void load() {
        busy.set(true);
        failed.set(false);
        status.set("Loading your settings…");
        service.load().whenCompleteAsync((values, error) -> {
            busy.set(false);
            if (error != null) {
                showProblem("Your settings could not be read: " + ErrorMessages.of(error));
            } else {
                apply(values);
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
        validate();
        if (!valid.get()) {
            failed.set(true);
            status.set("Nothing was saved: correct the marked fields first.");
            return CompletableFuture.completedFuture(false);
        }
        Map<String, String> values = toValues();
        busy.set(true);
        failed.set(false);
        status.set("Saving…");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        service.save(values).whenCompleteAsync((ok, error) -> {
            busy.set(false);
            if (error != null) {
                showProblem("Your settings could not be saved: " + ErrorMessages.of(error));
                done.complete(false);
            } else {
                status.set("Saved.");
                done.complete(true);
            }
        }, uiExecutor);
        return done;
    }

    /** The values one save stores: every key of {@link SettingsKeys}. */
    public Map<String, String> toValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SettingsKeys.YOUR_NAME, yourName.get().strip());
        values.put(SettingsKeys.YOUR_EMAIL, yourEmail.get().strip());
        values.put(SettingsKeys.YOUR_PHONE, yourPhone.get().strip());
        values.put(SettingsKeys.SIGNATURE, signature.get().stripTrailing());
        values.put(SettingsKeys.COUNTRY, getCountry().code());
        values.put(SettingsKeys.HOLIDAYS_NONE, Boolean.toString(holidaysNone.get()));
        values.put(SettingsKeys.PRESET, timing.get().preset().orElse(basePreset.get()).name());
        values.put(SettingsKeys.CUSTOM_INTERVALS, custom.get() ? format(currentIntervals()) : "");
        values.put(SettingsKeys.THEME, Theme.normalise(theme.get()));
        return values;
    }

    private void apply(Map<String, String> values) {
        yourName.set(values.getOrDefault(SettingsKeys.YOUR_NAME, ""));
        yourEmail.set(values.getOrDefault(SettingsKeys.YOUR_EMAIL, ""));
        yourPhone.set(values.getOrDefault(SettingsKeys.YOUR_PHONE, ""));
        signature.set(values.getOrDefault(SettingsKeys.SIGNATURE, ""));
        country.set(countryChoice(values.getOrDefault(SettingsKeys.COUNTRY, "")));
        holidaysNone.set(Boolean.parseBoolean(values.getOrDefault(SettingsKeys.HOLIDAYS_NONE, "false").strip()));
        Preset preset = Preset.parse(values.get(SettingsKeys.PRESET)).orElse(Preset.STANDARD);
        timing.set(TimingChoice.of(preset));
        basePreset.set(preset);
        showIntervals(preset.intervals());
        parseIntervals(values.getOrDefault(SettingsKeys.CUSTOM_INTERVALS, "")).ifPresent(own -> {
            timing.set(TimingChoice.CUSTOM);
            showIntervals(own);
        });
        theme.set(Theme.normalise(values.get(SettingsKeys.THEME)));
        validate();
    }

    /** The stored code's entry; a code outside the supported list is kept rather than dropped. */
    private CountryChoice countryChoice(String code) {
        CountryChoice wanted = CountryChoice.of(code);
        if (!countries.contains(wanted)) {
            List<CountryChoice> all = new ArrayList<>(countries.subList(1, countries.size()));
            all.add(wanted);
            all.sort(Comparator.comparing(CountryChoice::code));
            countries.setAll(CountryChoice.automatic());
            countries.addAll(all);
        }
        return wanted;
    }

    /** "1,3,5,7,5,7,false" → the intervals; empty for "" or anything that is not seven valid values. */
    static Optional<Intervals> parseIntervals(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 7) {
            return Optional.empty();
        }
        try {
            int[] n = new int[6];
            for (int i = 0; i < 6; i++) {
                n[i] = Integer.parseInt(parts[i].strip());
            }
            String secondary = parts[6].strip().toLowerCase(Locale.ROOT);
            if (!secondary.equals("true") && !secondary.equals("false")) {
                return Optional.empty();
            }
            return Optional.of(new Intervals(n[0], n[1], n[2], n[3], n[4], n[5], Boolean.parseBoolean(secondary)));
        } catch (IllegalArgumentException e) { // not a number, or a range Intervals rejects
            return Optional.empty();
        }
    }

    static String format(Intervals i) {
        return i.afterDecisionMin() + "," + i.afterDecisionMax() + "," + i.noDateMin() + "," + i.noDateMax() + ","
                + i.betweenMin() + "," + i.betweenMax() + "," + i.secondaryContact();
    }

    // --- Timing and validation ---

    private void timingChanged(TimingChoice was, TimingChoice now) {
        if (now == null) {
            timing.set(was == null ? TimingChoice.STANDARD : was);
            return;
        }
        // A named preset shows its own numbers; Custom starts from the numbers on show, and
        // remembers the preset they came from.
        now.preset().ifPresent(p -> {
            basePreset.set(p);
            showIntervals(p.intervals());
        });
    }

    private void showIntervals(Intervals i) {
        afterDecisionMin.set(i.afterDecisionMin());
        afterDecisionMax.set(i.afterDecisionMax());
        noDateMin.set(i.noDateMin());
        noDateMax.set(i.noDateMax());
        betweenMin.set(i.betweenMin());
        betweenMax.set(i.betweenMax());
        secondaryContact.set(i.secondaryContact());
    }

    private Intervals currentIntervals() {
        return new Intervals(afterDecisionMin.get(), afterDecisionMax.get(), noDateMin.get(), noDateMax.get(),
                betweenMin.get(), betweenMax.get(), secondaryContact.get());
    }

    private void validate() {
        String email = yourEmail.get() == null ? "" : yourEmail.get().strip();
        yourEmailError.set(email.isEmpty() || ApplicationRules.isEmail(email) ? ""
                : "This does not look like an email address (for example name@example.org).");
        boolean own = timing.get() == TimingChoice.CUSTOM;
        afterDecisionError.set(own ? rangeProblem(afterDecisionMin.get(), afterDecisionMax.get()) : "");
        noDateError.set(own ? rangeProblem(noDateMin.get(), noDateMax.get()) : "");
        betweenError.set(own ? rangeProblem(betweenMin.get(), betweenMax.get()) : "");
        valid.set(yourEmailError.get().isEmpty() && afterDecisionError.get().isEmpty()
                && noDateError.get().isEmpty() && betweenError.get().isEmpty());
    }

    /** Spec section 3: whole numbers of at least 1, the first not larger than the second. */
    static String rangeProblem(Integer min, Integer max) {
        if (min == null || max == null) {
            return "Enter a whole number of business days in both boxes.";
        }
        if (min < 1 || max < 1) {
            return "Use whole numbers of at least 1 business day.";
        }
        if (min > max) {
            return "The first number (" + min + ") must not be larger than the second (" + max + ").";
        }
        return "";
    }

    private void showProblem(String message) {
        failed.set(true);
        status.set(message);
    }

    // --- Properties ---

    /** Automatic first, then the supported countries by code. */
    public ObservableList<CountryChoice> countries() {
        return FXCollections.unmodifiableObservableList(countries);
    }

    public StringProperty yourNameProperty() {
        return yourName;
    }

    public StringProperty yourEmailProperty() {
        return yourEmail;
    }

    public StringProperty yourPhoneProperty() {
        return yourPhone;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public ObjectProperty<CountryChoice> countryProperty() {
        return country;
    }

    /** The chosen country, automatic when none is chosen. */
    public CountryChoice getCountry() {
        return country.get() == null ? CountryChoice.automatic() : country.get();
    }

    public BooleanProperty holidaysNoneProperty() {
        return holidaysNone;
    }

    public ObjectProperty<TimingChoice> timingProperty() {
        return timing;
    }

    /** The preset the numbers on show came from (with Custom: the one they started from). */
    public ReadOnlyObjectProperty<Preset> basePresetProperty() {
        return basePreset.getReadOnlyProperty();
    }

    /** Whether own numbers are chosen (the number fields are editable only then). */
    public ReadOnlyBooleanProperty customProperty() {
        return custom.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> afterDecisionMinProperty() {
        return afterDecisionMin;
    }

    public ObjectProperty<Integer> afterDecisionMaxProperty() {
        return afterDecisionMax;
    }

    public ObjectProperty<Integer> noDateMinProperty() {
        return noDateMin;
    }

    public ObjectProperty<Integer> noDateMaxProperty() {
        return noDateMax;
    }

    public ObjectProperty<Integer> betweenMinProperty() {
        return betweenMin;
    }

    public ObjectProperty<Integer> betweenMaxProperty() {
        return betweenMax;
    }

    public BooleanProperty secondaryContactProperty() {
        return secondaryContact;
    }

    /** "light" or "dark". */
    public StringProperty themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty yourEmailErrorProperty() {
        return yourEmailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty afterDecisionErrorProperty() {
        return afterDecisionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noDateErrorProperty() {
        return noDateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty betweenErrorProperty() {
        return betweenError.getReadOnlyProperty();
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
