package app.nudge.notify;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's own notifications, where it has them: {@code notify-send} on Linux desktops, the
 * AWT tray on Windows and macOS (created lazily, off the JavaFX thread, and removed on exit so the
 * JVM can end). Nothing at all when headless or unsupported: the in-window notice still shows.
 */
public final class DesktopNotifier implements Notifier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DesktopNotifier.class.getName());

    private final Executor background;
    private final String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    private TrayIcon trayIcon;

    /** @param background where to do the (possibly slow) work: never the JavaFX thread */
    public DesktopNotifier(Executor background) {
        this.background = background;
    }

    @Override
    public void notify(String title, String message) {
        background.execute(() -> {
            try {
                if (os.startsWith("linux")) {
                    notifySend(title, message);
                } else if (os.startsWith("windows") || os.startsWith("mac")) {
                    tray(title, message);
                }
            } catch (Exception | LinkageError e) {
                LOG.log(Level.FINE, "desktop notification unavailable", e);
            }
        });
    }

    private static void notifySend(String title, String message) throws Exception {
        String path = System.getenv("PATH");
        boolean present = path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> new File(dir, "notify-send").canExecute());
        if (!present || System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return;
        }
        new ProcessBuilder("notify-send", "--app-name=Nudge", title, message)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private synchronized void tray(String title, String message) throws Exception {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return;
        }
        if (trayIcon == null) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0x2f, 0x6f, 0xde));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            trayIcon = new TrayIcon(image, "Nudge");
            trayIcon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(trayIcon);
        }
        trayIcon.displayMessage(title, message, TrayIcon.MessageType.INFO);
    }

    @Override
    public synchronized void close() {
        if (trayIcon != null) {
            SystemTray.getSystemTray().remove(trayIcon);
            trayIcon = null;
        }
    }
}
