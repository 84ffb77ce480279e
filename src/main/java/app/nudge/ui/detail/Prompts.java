package app.nudge.ui.detail;

import app.nudge.domain.Event;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The questions the detail pane asks the user. The app answers with dialogs; headless tests,
 * which cannot show one, answer directly.
 */
public interface Prompts {

    /** A date, e.g. "Check back on…"; empty when cancelled. */
    Optional<LocalDate> date(String title, String question, LocalDate suggested);

    /** "They replied": empty when cancelled, else the new decision date if they gave one. */
    Optional<Optional<LocalDate>> reply(LocalDate suggested);

    /** A corrected copy of the event; empty when cancelled. */
    Optional<Event> edit(Event event);

    boolean confirm(String title, String question);
}
