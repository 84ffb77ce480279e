package app.nudge.ui.board;

import app.nudge.domain.Channel;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;

/** Plain words for a planned action: "Call Pat to follow up". */
public final class ActionTexts {

    private ActionTexts() {
    }

    public static String describe(PlannedAction a) {
        String who = a.recipient() == null || a.recipient().name().isBlank() ? Texts.t("board.action.them")
                : a.recipient().firstName();
        // Email or phone changes the wording of some actions: their keys end in ".email" / ".phone".
        String way = switch (a.action()) {
            case FOLLOW_UP, FINAL_FOLLOW_UP, CHECK_BACK -> a.channel() == Channel.PHONE ? ".phone" : ".email";
            default -> "";
        };
        return Texts.t("board.action." + a.action().name() + way, "who", who);
    }
}
