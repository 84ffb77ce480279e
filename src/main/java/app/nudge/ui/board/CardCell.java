package app.nudge.ui.board;

import app.nudge.i18n.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One card. ListView reuses a handful of these cells however many applications there are, so the
 * board stays light with 10,000 cards.
 */
final class CardCell extends ListCell<BoardCard> {

    private final Label company = new Label();
    private final Label role = new Label();
    private final Label next = new Label();
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox box = new VBox(3, company, role, next, badge);

    CardCell() {
        company.getStyleClass().add("card-company");
        role.getStyleClass().add("card-role");
        next.getStyleClass().add("card-next");
        next.setWrapText(true);
        badge.getStyleClass().add("badge");
        // The badge is the point of the card: in a narrow column it wraps to two lines rather than
        // run under the column's scroll bar.
        badge.setWrapText(true);
        badge.setMaxWidth(Region.USE_PREF_SIZE);
        badge.setMinHeight(Region.USE_PREF_SIZE);
        next.setMinHeight(Region.USE_PREF_SIZE);
        role.setMinHeight(Region.USE_PREF_SIZE);
        role.setWrapText(true);
        box.getStyleClass().add("card");
        box.setMinWidth(0);
        box.setPrefWidth(1);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setAlignment(Pos.TOP_LEFT);
        setGraphic(null);
        setMinWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("card-cell");
    }

    @Override
    protected void updateItem(BoardCard card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        company.setText(card.company());
        role.setText(card.role());
        next.setText(card.nextText());
        badge.getStyleClass().removeIf(s -> s.startsWith("badge-"));
        badge.getStyleClass().add(card.urgency().styleClass());
        badge.setText(card.badge().isEmpty() ? "" : card.urgency().icon() + " " + card.badge());
        badge.setVisible(!card.badge().isEmpty());
        badge.setManaged(!card.badge().isEmpty());
        setGraphic(box);
        setAccessibleText(Texts.t("board.card.accessible", "company", card.company(), "role", card.role(),
                "next", card.nextText(), "badge", card.badge()));
        // The due strip's cards are one line high: the whole next step is a hover away.
        setTooltip(tooltip);
        tooltip.setText(Texts.t(card.badge().isEmpty() ? "board.card.tooltip" : "board.card.tooltipBadge",
                "company", card.company(), "role", card.role(), "next", card.nextText(), "badge", card.badge()));
    }
}
