package app.nudge.interop.csv;

/** A row that cannot be imported, with its spreadsheet row number and why. */
public record BadRow(int row, String reason) {

    @Override
    public String toString() {
        return "row " + row + ": " + reason;
    }
}
