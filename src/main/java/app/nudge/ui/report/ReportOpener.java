package app.nudge.ui.report;

import java.nio.file.Path;

/**
 * Opens a saved report with the desktop's own program (the app can use
 * {@code HostServices.showDocument(file.toUri().toString())}). On the JavaFX thread.
 */
@FunctionalInterface
public interface ReportOpener {

    /** For when the desktop cannot open files: the dialog then offers no "Open" button. */
    ReportOpener NONE = file -> { };

    void open(Path file);
}
