package app.nudge.ui.settings;

import app.nudge.policy.Intervals;
import app.nudge.policy.Preset;
import java.util.Optional;

/**
 * The four choices of the "Follow-up timing" section: the three presets (docs/follow-up-rules.md,
 * "Presets and your own intervals") or own numbers.
 */
public enum TimingChoice {
    STANDARD("Standard", Preset.STANDARD),
    PATIENT("Patient", Preset.PATIENT),
    PERSISTENT("Persistent", Preset.PERSISTENT),
    CUSTOM("Custom", null);

    private final String label;
    private final Preset preset;

    TimingChoice(String label, Preset preset) {
        this.label = label;
        this.preset = preset;
    }

    public String label() {
        return label;
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
            return "Your own numbers below, in business days.";
        }
        Intervals i = preset.intervals();
        return "First follow-up " + range(i.afterDecisionMin(), i.afterDecisionMax())
                + " business days after the promised decision date, or " + range(i.noDateMin(), i.noDateMax())
                + " without one; " + range(i.betweenMin(), i.betweenMax()) + " between attempts"
                + (i.secondaryContact() ? "; a third try goes to a second contact." : ".");
    }

    private static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
