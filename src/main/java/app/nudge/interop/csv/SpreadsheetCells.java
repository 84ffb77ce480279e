package app.nudge.interop.csv;

/**
 * Keeps exported text from running as a formula when the file is opened in Excel, LibreOffice or
 * Google Sheets (CSV injection): a cell that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, which spreadsheets show as text. Notes and company names come
 * from job postings and emails, so they are not trusted.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
