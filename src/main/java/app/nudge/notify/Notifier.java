package app.nudge.notify;

/** Shows a short notification. Implementations never throw: a missing facility is not an error. */
@FunctionalInterface
public interface Notifier {

    void notify(String title, String message);

    /** Tells every one of them. */
    static Notifier all(Notifier... notifiers) {
        return (title, message) -> {
            for (Notifier n : notifiers) {
                n.notify(title, message);
            }
        };
    }
}
