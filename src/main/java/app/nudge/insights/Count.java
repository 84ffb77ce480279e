package app.nudge.insights;

/** How many follow-ups went out and how many of them were answered (docs/insights.md). */
public record Count(int sent, int answered) {

    public static final Count NONE = new Count(0, 0);

    public Count {
        if (sent < 0 || answered < 0 || answered > sent) {
            throw new IllegalArgumentException("answered " + answered + " of " + sent);
        }
    }

    /** The share answered, 0..1; 0 when none was sent. */
    public double rate() {
        return sent == 0 ? 0 : (double) answered / sent;
    }

    public Count plus(boolean wasAnswered) {
        return new Count(sent + 1, answered + (wasAnswered ? 1 : 0));
    }
}
