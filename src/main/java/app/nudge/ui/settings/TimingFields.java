package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import app.nudge.settings.UserSettings;
import java.util.List;
import java.util.Optional;
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

/**
 * The settings' "Follow-up timing" part (docs/follow-up-rules.md, "Presets and your own
 * intervals"): a named preset, or own numbers that start from one, with a message next to each
 * range that is not valid.
 */
public final class TimingFields {

    /** The spinners' upper bound: about three months of business days. */
    public static final int MAX_INTERVAL = 60;

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
    private final ReadOnlyStringWrapper afterDecisionError = new ReadOnlyStringWrapper(this, "afterDecisionError", "");
    private final ReadOnlyStringWrapper noDateError = new ReadOnlyStringWrapper(this, "noDateError", "");
    private final ReadOnlyStringWrapper betweenError = new ReadOnlyStringWrapper(this, "betweenError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    TimingFields() {
        showIntervals(Preset.STANDARD.intervals());
        timing.addListener((obs, was, now) -> timingChanged(was, now));
        custom.bind(timing.isEqualTo(TimingChoice.CUSTOM));
        for (Observable o : List.of(timing, afterDecisionMin, afterDecisionMax, noDateMin, noDateMax, betweenMin, betweenMax)) {
            o.addListener(changed -> validate());
        }
        validate();
    }

    private ObjectProperty<Integer> interval(String name) {
        return new SimpleObjectProperty<>(this, name, 1);
    }

    void show(UserSettings s) {
        timing.set(TimingChoice.of(s.preset()));
        basePreset.set(s.preset());
        showIntervals(s.preset().intervals());
        s.customIntervals().ifPresent(own -> {
            timing.set(TimingChoice.CUSTOM);
            showIntervals(own);
        });
        validate();
    }

    /** The settings with this timing; call only when {@link #validate()} is true. */
    UserSettings applyTo(UserSettings s) {
        Preset preset = timing.get().preset().orElse(basePreset.get());
        return s.withTiming(preset, custom.get() ? Optional.of(currentIntervals()) : Optional.empty());
    }

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

    boolean validate() {
        boolean own = timing.get() == TimingChoice.CUSTOM;
        afterDecisionError.set(own ? rangeProblem(afterDecisionMin.get(), afterDecisionMax.get()) : "");
        noDateError.set(own ? rangeProblem(noDateMin.get(), noDateMax.get()) : "");
        betweenError.set(own ? rangeProblem(betweenMin.get(), betweenMax.get()) : "");
        valid.set(afterDecisionError.get().isEmpty() && noDateError.get().isEmpty() && betweenError.get().isEmpty());
        return valid.get();
    }

    /** Spec section 3: whole numbers of at least 1, the first not larger than the second. */
    static String rangeProblem(Integer min, Integer max) {
        if (min == null || max == null) {
            return Texts.t("settings.range.missing");
        }
        if (min < 1 || max < 1) {
            return Texts.t("settings.range.atLeastOne");
        }
        if (min > max) {
            return Texts.t("settings.range.order", "min", min, "max", max);
        }
        return "";
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

    public ReadOnlyStringProperty afterDecisionErrorProperty() {
        return afterDecisionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noDateErrorProperty() {
        return noDateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty betweenErrorProperty() {
        return betweenError.getReadOnlyProperty();
    }

    /** False while own numbers are chosen and one of their ranges is not valid. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
