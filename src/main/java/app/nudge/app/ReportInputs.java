package app.nudge.app;

import app.nudge.ui.insights.ImageClipboard;
import app.nudge.ui.insights.PngFileChooser;
import app.nudge.ui.report.ReportFileChooser;
import app.nudge.ui.report.ReportOpener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * What the Insights window and the activity report take from outside: the thread that computes
 * figures and writes files (never the JavaFX thread, never the database thread), the save dialogs,
 * the clipboard for chart pictures and the way a saved report is opened. Tests pass synchronous and fake ones.
 */
public record ReportInputs(Executor background, ReportFileChooser reportFiles, PngFileChooser pictureFiles,
                           ImageClipboard pictures, ReportOpener opener) {

    /** The app's: one daemon worker (figures and files one after another), the system's dialogs and clipboard. */
    public static ReportInputs standard(ReportOpener opener) {
        ExecutorService worker = Executors.newSingleThreadExecutor(
                job -> Thread.ofPlatform().daemon().name("nudge-insights").unstarted(job));
        return new ReportInputs(worker, ReportFileChooser.system(), PngFileChooser.system(), ImageClipboard.system(),
                opener == null ? ReportOpener.NONE : opener);
    }
}
