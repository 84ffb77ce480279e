package app.nudge.ui.board;

import app.nudge.domain.Application;
import app.nudge.policy.PlannedAction;
import app.nudge.schedule.PlanSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every card of one version of the data, built and sorted once. Pure and immutable, so the
 * scheduler's thread builds it and the JavaFX thread only files the cards into columns: with
 * 10,000 applications, building and sorting is the expensive part, and searching or filtering then
 * never rebuilds a card.
 *
 * @param sorted every card, most urgent first ({@link BoardCard#byUrgency}); a column or the due
 *               strip is this list filtered, so it keeps the order
 */
public record BoardCards(LocalDate today, List<Application> applications, Map<String, Application> byId,
                         Map<String, PlannedAction> plan, List<BoardCard> sorted, int dueCount) {

    static final BoardCards EMPTY = new BoardCards(null, List.of(), Map.of(), Map.of(), List.of(), 0);

    /** The cards of a snapshot: its applications with its plan. */
    public static BoardCards of(PlanSnapshot snapshot) {
        Map<String, PlannedAction> plan = new HashMap<>();
        snapshot.actions().forEach(a -> plan.put(a.applicationId(), a));
        return of(snapshot.applications(), plan, snapshot.today());
    }

    public static BoardCards of(List<Application> applications, Map<String, PlannedAction> plan, LocalDate today) {
        List<Application> all = List.copyOf(applications);
        Map<String, Application> byId = new HashMap<>(all.size() * 2);
        List<BoardCard> cards = new ArrayList<>(all.size());
        int due = 0;
        for (Application a : all) {
            byId.put(a.id(), a);
            BoardCard card = BoardCard.of(a, plan.get(a.id()), today);
            cards.add(card);
            if (card.urgency().needsAttention()) {
                due++;
            }
        }
        cards.sort(BoardCard::byUrgency);
        return new BoardCards(today, all, Collections.unmodifiableMap(byId), Map.copyOf(plan),
                Collections.unmodifiableList(cards), due);
    }
}
