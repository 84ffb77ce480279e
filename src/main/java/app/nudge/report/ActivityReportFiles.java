package app.nudge.report;

import app.nudge.insights.ActivityReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the activity report to a file in one of its formats, whole or not at all (a failed write
 * leaves any file already there as it was). Any thread but the JavaFX one.
 */
public final class ActivityReportFiles {

    private ActivityReportFiles() {
    }

    public static void write(ActivityReport report, ReportFormat format, Path file) throws IOException {
        throw new UnsupportedOperationException("PLACEHOLDER: the report branch replaces this");
    }
}
