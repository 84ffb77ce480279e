package app.nudge.replies;

/** A range of {@link IncomingMessage#text()}: {@code start} inclusive, {@code end} exclusive. */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end);
        }
    }

    boolean isEmpty() {
        return start == end;
    }
}
