package app.nudge.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named starting points of docs/follow-up-rules.md, section 3. */
public enum Preset {
    STANDARD(new Intervals(1, 3, 5, 7, 5, 7, false)),
    PATIENT(new Intervals(2, 3, 7, 10, 7, 10, false)),
    PERSISTENT(new Intervals(1, 2, 5, 7, 5, 7, true));

    private final Intervals intervals;

    Preset(Intervals intervals) {
        this.intervals = intervals;
    }

    public Intervals intervals() {
        return intervals;
    }

    /** The preset with this name, any case. */
    public static Optional<Preset> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** "STANDARD, PATIENT, PERSISTENT", for messages that list the valid values. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
