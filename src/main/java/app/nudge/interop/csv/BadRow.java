package app.nudge.interop.csv;

import app.nudge.i18n.Texts;

/** A row that cannot be imported, with its spreadsheet row number and why. */
public record BadRow(int row, String reason) {

    @Override
    public String toString() {
        return Texts.t("exchange.csv.badRow", "row", Integer.toString(row), "reason", reason);
    }
}
