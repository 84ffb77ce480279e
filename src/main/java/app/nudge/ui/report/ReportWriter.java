package app.nudge.ui.report;

import app.nudge.insights.ActivityReport;
import app.nudge.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the report to a file, whole or not at all; the app gives
 * {@code app.nudge.report.ActivityReportFiles::write}, tests a fake. Called off the JavaFX thread.
 */
@FunctionalInterface
public interface ReportWriter {

    void write(ActivityReport report, ReportFormat format, Path file) throws IOException;
}
