package app.nudge.replies;

import java.util.List;
import java.util.Objects;

/**
 * The application(s) a message belongs to. {@code applicationId} is set only when exactly one fits
 * (EMAIL, DOMAIN, COMPANY); {@code candidates} lists every id that fits (one, several, or none).
 */
public record ReplyMatch(MatchKind kind, String applicationId, List<String> candidates) {

    public ReplyMatch {
        Objects.requireNonNull(kind, "kind");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static ReplyMatch none() {
        return new ReplyMatch(MatchKind.NONE, null, List.of());
    }

    public boolean isUnique() {
        return applicationId != null;
    }
}
