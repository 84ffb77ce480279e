package app.nudge.ui.csvimport;

/**
 * Asks the user whether to go ahead with an import. A port so the view model does not open windows
 * itself; the dialog answers with an alert, tests may answer directly.
 */
@FunctionalInterface
public interface ImportConfirmation {

    /** @return true only when the user said yes */
    boolean ask(String question, String detail);
}
