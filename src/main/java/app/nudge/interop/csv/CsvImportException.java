package app.nudge.interop.csv;

import app.nudge.common.UserFacing;

/**
 * A problem with the whole file or mapping (not UTF-8, no header, no column for the company, a
 * mapping that names a missing column): nothing can be imported. Row problems are {@link BadRow}s.
 */
public class CsvImportException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public CsvImportException(String message) {
        super(message);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
