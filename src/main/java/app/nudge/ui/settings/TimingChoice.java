package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import java.util.Optional;

/**
 * The four choices of the "Follow-up timing" section: the three presets (docs/follow-up-rules.md,
 * "Presets and your own intervals") or own numbers.
 */
public enum TimingChoice {
    STANDARD("settings.timing.standard", Preset.STANDARD),
    PATIENT("settings.timing.patient", Preset.PATIENT),
    PERSISTENT("settings.timing.persistent", Preset.PERSISTENT),
    CUSTOM("settings.timing.custom", null);

    private final String labelKey;
    private final Preset preset;

    TimingChoice(String labelKey, Preset preset) {
        this.labelKey = labelKey;
        this.preset = preset;
    }

    /** The choice's name in the window's language (read when shown: tests switch languages). */
    public String label() {
        return Texts.t(labelKey);
    }

    /** The named preset, or empty for {@link #CUSTOM}. */
    public Optional<Preset> preset() {
        return Optional.ofNullable(preset);
    }

    public static TimingChoice of(Preset preset) {
        return valueOf(preset.name());
    }

    /** One plain line that says what the choice does, written from the preset's own numbers. */
    public String explanation() {
        if (preset == null) {
            return Texts.t("settings.timing.customExplanation");
        }
        Intervals i = preset.intervals();
        return Texts.t(i.secondaryContact() ? "settings.timing.explanationSecondary" : "settings.timing.explanation",
                "afterDecision", range(i.afterDecisionMin(), i.afterDecisionMax()),
                "noDate", range(i.noDateMin(), i.noDateMax()), "between", range(i.betweenMin(), i.betweenMax()));
    }

    private static String range(int min, int max) {
        Texts texts = Texts.current();
        return min == max ? texts.number(min) : texts.number(min) + "–" + texts.number(max);
    }
}
