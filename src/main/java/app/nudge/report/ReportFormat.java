package app.nudge.report;

import java.util.Locale;
import java.util.Optional;

/** The two forms of the activity report, named as the command line's {@code --format} takes them. */
public enum ReportFormat {
    PDF,
    CSV;

    /** The file name ending, without the dot: "pdf", "csv". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a {@code --format} value or a file ending names, case ignored; empty when none. */
    public static Optional<ReportFormat> named(String text) {
        for (ReportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
