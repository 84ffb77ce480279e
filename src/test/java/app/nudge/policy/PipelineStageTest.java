package app.nudge.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineStageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private final Application interviewed = Application.of("a", "Acme", "Analyst")
            .withInterviews(List.of(new InterviewRound(LocalDateTime.of(DAY, java.time.LocalTime.NOON), null, "", List.of())));

    private static PlannedAction next(ActionType type) {
        return new PlannedAction("a", "Acme", "Analyst", type, Channel.EMAIL, null, DAY, DAY, Status.DUE, "R4", "");
    }

    private Application with(Event... events) {
        return interviewed.withEvents(List.of(events));
    }

    @Test
    void followsTheRecordedEvents() {
        assertEquals(PipelineStage.NO_INTERVIEW, PipelineStage.of(Application.of("b", "B", "R"), null));
        assertEquals(PipelineStage.THANK_YOU, PipelineStage.of(interviewed, next(ActionType.THANK_YOU)));
        assertEquals(PipelineStage.WAITING, PipelineStage.of(with(Event.of(EventType.THANK_YOU_SENT, DAY)),
                next(ActionType.FOLLOW_UP)));
        assertEquals(PipelineStage.OFFER, PipelineStage.of(with(Event.of(EventType.OFFER_RECEIVED, DAY)),
                next(ActionType.REPLY_TO_OFFER)));
        assertEquals(PipelineStage.OFFER, PipelineStage.of(with(Event.of(EventType.OFFER_RECEIVED, DAY),
                Event.of(EventType.OFFER_ANSWERED, DAY)), null));
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(with(Event.of(EventType.REJECTION_RECEIVED, DAY)),
                next(ActionType.THANK_AFTER_REJECTION)));
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(with(Event.of(EventType.WITHDRAWN, DAY)), null));
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(with(Event.skipped(DAY, ActionType.CLOSE_OUT)), null),
                "a skipped close-out counts as closed");
    }

    @Test
    void aNewRoundReopensAClosedApplication() {
        Application closed = with(Event.of(EventType.CLOSED, DAY));
        Application reopened = closed.withInterviews(List.of(closed.interviews().get(0),
                new InterviewRound(LocalDateTime.of(DAY.plusDays(10), java.time.LocalTime.NOON), null, "", List.of())));
        assertEquals(PipelineStage.THANK_YOU, PipelineStage.of(reopened, next(ActionType.THANK_YOU)));
    }

    @Test
    void namesWhyItClosed() {
        assertEquals("rejected", PipelineStage.closedReason(with(Event.of(EventType.REJECTION_RECEIVED, DAY))));
        assertEquals("withdrew", PipelineStage.closedReason(with(Event.of(EventType.WITHDRAWN, DAY))));
    }

    /** R1 plans nothing without a round, but an outcome imported from a sheet still places the card. */
    @Test
    void anOutcomeWithoutARoundPlacesTheCardByItsOutcome() {
        Application notInterviewed = Application.of("c", "C", "R");
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(notInterviewed.withEvents(
                List.of(Event.of(EventType.REJECTION_RECEIVED, DAY))), null));
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(notInterviewed.withEvents(
                List.of(Event.of(EventType.WITHDRAWN, DAY))), null));
        assertEquals(PipelineStage.OFFER, PipelineStage.of(notInterviewed.withEvents(
                List.of(Event.of(EventType.OFFER_RECEIVED, DAY))), null));
        assertEquals(PipelineStage.NO_INTERVIEW, PipelineStage.of(notInterviewed.withEvents(
                List.of(Event.of(EventType.FOLLOW_UP_SENT, DAY))), null), "a follow-up alone is no outcome");
    }
}
