package app.nudge.domain;

/** Small text helpers shared by the records. */
final class Texts {
    private Texts() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
