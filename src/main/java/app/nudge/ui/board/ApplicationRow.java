package app.nudge.ui.board;

import app.nudge.domain.Application;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;

/** What the board shows of one application. */
public record ApplicationRow(String id, String company, String role, LocalDate latestInterview) {

    public static ApplicationRow of(Application a) {
        return new ApplicationRow(a.id(), a.company(), a.role(),
                a.latestRound().map(InterviewRound::date).orElse(null));
    }
}
