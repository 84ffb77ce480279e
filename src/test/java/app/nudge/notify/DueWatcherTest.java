package app.nudge.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.schedule.PlanSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueWatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private final List<String> shown = new ArrayList<>();
    private final DueWatcher watcher = new DueWatcher((title, message) -> shown.add(title + " | " + message));

    private static PlannedAction action(String id, Status status) {
        return new PlannedAction(id, "Acme " + id, "Analyst", ActionType.FOLLOW_UP, Channel.EMAIL, null, DAY, DAY,
                status, "R7", "reason");
    }

    @Test
    void announcesOnlyWhatBecomesDueWhileRunning() {
        watcher.accept(new PlanSnapshot(DAY.minusDays(1), List.of(action("a", Status.DUE), action("b", Status.UPCOMING))));
        assertEquals(List.of(), shown, "what was due at start is on the board, not announced");

        watcher.accept(new PlanSnapshot(DAY, List.of(action("a", Status.DUE), action("b", Status.DUE))));
        assertEquals(1, shown.size());
        assertEquals("Nudge | Due today: follow up with Acme b (Analyst)", shown.get(0));

        watcher.accept(new PlanSnapshot(DAY, List.of(action("a", Status.DUE), action("b", Status.DUE))));
        assertEquals(1, shown.size(), "no repeat while it stays due");
    }

    @Test
    void severalAtOnceMakeOneNotification() {
        watcher.accept(new PlanSnapshot(DAY.minusDays(1), List.of(action("a", Status.UPCOMING), action("b", Status.UPCOMING),
                action("c", Status.UPCOMING), action("d", Status.UPCOMING))));
        watcher.accept(new PlanSnapshot(DAY, List.of(action("a", Status.DUE), action("b", Status.OVERDUE),
                action("c", Status.DUE), action("d", Status.DUE))));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).startsWith("Nudge: 4 things to do"), shown.get(0));
        assertTrue(shown.get(0).endsWith("…and 1 more"), shown.get(0));
    }

    @Test
    void anActionThatAppearsAlreadyDueComesFromTheUsersOwnChangeAndIsNotAnnounced() {
        watcher.accept(new PlanSnapshot(DAY, List.of()));
        watcher.accept(new PlanSnapshot(DAY, List.of(action("a", Status.DUE))));
        assertEquals(List.of(), shown, "logging an interview makes its thank-you due at once: the board shows it");
    }

    @Test
    void wordingReadsAsASentence() {
        PlannedAction thanks = new PlannedAction("x", "Acme", "Backend Developer", ActionType.THANK_AFTER_REJECTION,
                Channel.EMAIL, null, DAY, DAY, Status.OVERDUE, "R10", "reason");
        assertEquals("Overdue: thank Acme for letting you know (Backend Developer)", DueWatcher.describe(thanks));
    }

    @Test
    void notificationsSpeakTheLanguageChosen() {
        PlannedAction call = new PlannedAction("x", "Acme", "Analist", ActionType.FOLLOW_UP, Channel.PHONE, null, DAY, DAY,
                Status.DUE, "R7", "reason");
        try {
            Texts.use(Language.NL);
            assertEquals("Vandaag te doen: bel Acme om op te volgen (Analist)", DueWatcher.describe(call));
            Texts.use(Language.DE);
            assertEquals("Heute fällig: Acme anrufen und nachfragen (Analist)", DueWatcher.describe(call));
        } finally {
            Texts.use(Language.EN);
        }
    }

    @Test
    void aDesktopNotifierWithoutADesktopDoesNothingAndDoesNotThrow() {
        DesktopNotifier notifier = new DesktopNotifier(Runnable::run);
        notifier.notify("Nudge", "test"); // headless in tests: no tray, no display for notify-send
        notifier.close();
    }
}
