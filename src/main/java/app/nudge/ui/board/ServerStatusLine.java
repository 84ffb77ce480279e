package app.nudge.ui.board;

import app.nudge.i18n.Texts;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The line under the board's toolbar that says the server holding the search cannot be reached:
 * the board keeps the plan it last had, changes are refused until the server is back, and Nudge
 * keeps retrying by itself. Hidden while the server is there. On the JavaFX thread.
 */
public final class ServerStatusLine {

    private final Label line = new Label();

    public ServerStatusLine() {
        line.setId("server-status");
        line.getStyleClass().addAll("server-status", "error");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.managedProperty().bind(line.visibleProperty());
        line.setVisible(false);
    }

    public Node node() {
        return line;
    }

    /** {@code host} cannot be reached; {@code planMadeAt} is when the plan shown was made (null: none yet). */
    public void away(String host, LocalTime planMadeAt) {
        line.setText(planMadeAt == null ? Texts.t("board.server.awayNoPlan", "host", host)
                : Texts.t("board.server.away", "host", host, "time", Texts.current().date("format.time", planMadeAt)));
        line.setVisible(true);
    }

    /** {@code host} could not be reached at start: this computer's copy of its data is looked for (it takes a moment). */
    public void openingCopy(String host) {
        line.setText(Texts.t("board.server.openingCopy", "host", host));
        line.setVisible(true);
    }

    /**
     * {@code host} could not be reached at start: the board shows this computer's copy of its data,
     * written at {@code copyTaken}.
     */
    public void awayShowingCopy(String host, LocalDateTime copyTaken) {
        line.setText(Texts.t("board.server.awayCopy", "host", host, "time", Texts.current().date("format.time", copyTaken),
                "day", Texts.current().date("format.dayYear", copyTaken)));
        line.setVisible(true);
    }

    /** Connected again: the line goes. */
    public void back() {
        line.setVisible(false);
        line.setText("");
    }

    /** What the line says now ("" when hidden). */
    public String text() {
        return line.isVisible() ? line.getText() : "";
    }
}
