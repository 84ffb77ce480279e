package app.nudge.ui.composer;

/** Opens a {@code mailto:} link in the user's mail app (HostServices in the app, a fake in tests). */
@FunctionalInterface
public interface MailLauncher {
    void open(String uri);
}
