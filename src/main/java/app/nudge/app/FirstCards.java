package app.nudge.app;

import app.nudge.schedule.PlanSnapshot;
import app.nudge.ui.board.BoardCards;

/**
 * Cards built with the plan made at start-up, handed over once: when the scheduler publishes that
 * very snapshot its cards are not built again (the first frame comes sooner); any other snapshot,
 * or a second one, gets new cards.
 */
final class FirstCards {

    private record Offer(PlanSnapshot snapshot, BoardCards cards) {
    }

    private volatile Offer offer;

    /** Any thread. */
    void offer(PlanSnapshot snapshot, BoardCards cards) {
        offer = new Offer(snapshot, cards);
    }

    BoardCards cardsFor(PlanSnapshot snapshot) {
        Offer first = offer;
        offer = null;
        return first != null && first.snapshot() == snapshot ? first.cards() : BoardCards.of(snapshot);
    }
}
