package app.nudge.report;

import app.nudge.common.AtomicFiles;
import app.nudge.insights.ActivityReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes the activity report to a file in one of its formats, whole or not at all (a failed write
 * leaves any file already there as it was). Any thread but the JavaFX one.
 */
public final class ActivityReportFiles {

    private ActivityReportFiles() {
    }

    /** Through {@link AtomicFiles}: a temporary file beside the target, moved over it only when complete. */
    public static void write(ActivityReport report, ReportFormat format, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeTo(report, format, out));
    }

    /** The report's bytes in {@code format}; the stream stays open. */
    public static void writeTo(ActivityReport report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> ActivityReportPdf.write(report, out);
            case CSV -> ActivityReportCsv.write(report, out);
        }
    }
}
