package app.nudge.ui.composer;

import app.nudge.compose.Mailto;
import app.nudge.i18n.Texts;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop's mail app: {@code xdg-open} on Linux, whose exit code says whether a handler took
 * the link; {@link Desktop#mail(URI)} elsewhere, which throws when there is none. Runs on its own
 * worker, never on the JavaFX thread (launching a program can take a while).
 */
public final class SystemMailLauncher implements MailLauncher {

    private static final Logger LOG = Logger.getLogger(SystemMailLauncher.class.getName());
    /** xdg-open usually hands over and exits; a handler still running after this is taken as opened. */
    private static final long XDG_WAIT_SECONDS = 10;

    private final Executor worker;

    public SystemMailLauncher(Executor worker) {
        this.worker = worker;
    }

    /** Each launch on a short-lived daemon thread: rare, and never keeping the app alive. */
    public static SystemMailLauncher onDaemonThreads() {
        return new SystemMailLauncher(job -> {
            Thread thread = new Thread(job, "nudge-mail");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public CompletionStage<Outcome> open(String uri) {
        if (!Mailto.fitsWindowsLimit(uri)) {
            return CompletableFuture.completedFuture(Outcome.failed(Texts.t("composer.mail.tooLong")));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return launch(URI.create(uri));
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.INFO, "could not open the mail app", e);
                return Outcome.failed(Texts.t("composer.mail.noAnswer"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.failed(Texts.t("composer.mail.interrupted"));
            }
        }, worker);
    }

    private static Outcome launch(URI uri) throws IOException, InterruptedException {
        // On Linux xdg-open says whether a handler took the link, and AWT stays out of a JavaFX app.
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux) {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
                return Outcome.failed(Texts.t("composer.mail.noWay"));
            }
            Desktop.getDesktop().mail(uri); // throws when no mail app is set up
            return Outcome.opened();
        }
        if (!onPath("xdg-open")) {
            return Outcome.failed(Texts.t("composer.mail.noWay"));
        }
        Process process = new ProcessBuilder("xdg-open", uri.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(XDG_WAIT_SECONDS, TimeUnit.SECONDS)) {
            return Outcome.opened(); // the handler runs in the foreground: it did open
        }
        return switch (process.exitValue()) {
            case 0 -> Outcome.opened();
            case 3 -> Outcome.failed(Texts.t("composer.mail.noneSetUp"));
            default -> Outcome.failed(Texts.t("composer.mail.notStarted"));
        };
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
