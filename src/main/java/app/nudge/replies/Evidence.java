package app.nudge.replies;

/**
 * A sentence the reader relied on: its text and where it stands in {@link IncomingMessage#text()}
 * ({@code start} inclusive, {@code end} exclusive), so a view can highlight it in place.
 */
public record Evidence(String sentence, int start, int end) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence range " + start + ".." + end);
        }
    }
}
