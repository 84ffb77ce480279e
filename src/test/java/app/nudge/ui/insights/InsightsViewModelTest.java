package app.nudge.ui.insights;

import static app.nudge.ui.insights.InsightsViewTest.CLOCK;
import static app.nudge.ui.insights.InsightsViewTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.DaySpread;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view model without a window: which period is asked for and which answer is shown. */
class InsightsViewModelTest {

    private final List<Period> asked = new ArrayList<>();
    /** Background work held back, to finish in any order. */
    private final Deque<Runnable> pending = new ArrayDeque<>();

    private InsightsViewModel model() {
        return new InsightsViewModel(period -> {
            asked.add(period);
            return SampleReports.realistic(period, TODAY);
        }, pending::add, Runnable::run, CLOCK);
    }

    @Test
    void onlyTheLatestRequestsAnswerIsShownWhateverOrderTheyFinishIn() {
        InsightsViewModel model = model();
        model.refresh(); // last 90 days
        model.choiceProperty().set(PeriodChoice.ALL);
        assertTrue(model.workingProperty().get());
        pending.removeLast().run(); // "all" finishes first
        assertEquals(Period.all(), model.reportProperty().get().period());
        assertFalse(model.workingProperty().get());
        pending.removeLast().run(); // the older 90 days arrives late
        assertEquals(Period.all(), model.reportProperty().get().period(), "a late old answer never replaces a newer one");
        assertEquals(List.of(Period.all(), Period.lastDays(90, TODAY)), asked);
    }

    @Test
    void customDatesAskOnlyWhileCustomIsChosenAndAnImpossiblePeriodKeepsTheReport() {
        InsightsViewModel model = model();
        model.customFromProperty().set(LocalDate.of(2026, 10, 1));
        assertTrue(pending.isEmpty(), "dates typed while another period is chosen ask nothing");
        model.choiceProperty().set(PeriodChoice.CUSTOM);
        pending.removeFirst().run();
        InsightsReport shown = model.reportProperty().get();
        assertEquals(new Period(LocalDate.of(2026, 10, 1), null), shown.period());
        assertEquals("From 1 Oct 2026 on", model.periodTextProperty().get());

        model.customToProperty().set(LocalDate.of(2026, 9, 30));
        assertTrue(pending.isEmpty());
        assertEquals("To: 30 Sep 2026 is before From (1 Oct 2026); choose a day on or after it.", model.problemProperty().get());
        assertSame(shown, model.reportProperty().get());

        model.customToProperty().set(LocalDate.of(2026, 10, 1)); // one day is a period
        pending.removeFirst().run();
        assertEquals("", model.problemProperty().get());
        assertEquals(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)), model.reportProperty().get().period());
    }

    @Test
    void anImpossiblePeriodAlsoDropsAnAnswerStillOnItsWay() {
        InsightsViewModel model = model();
        model.choiceProperty().set(PeriodChoice.CUSTOM);
        model.customFromProperty().set(LocalDate.of(2026, 10, 1));
        model.customToProperty().set(LocalDate.of(2026, 9, 1));
        pending.forEach(Runnable::run);
        assertEquals(null, model.reportProperty().get(), "the figures shown would not be for what the fields say");
        assertFalse(model.workingProperty().get());
    }

    @Test
    void theProblemLineGoesAsSoonAsThePeriodIsRightAgainNotWhenTheFiguresArrive() {
        InsightsViewModel model = model();
        model.choiceProperty().set(PeriodChoice.CUSTOM);
        model.customFromProperty().set(LocalDate.of(2026, 10, 1));
        model.customToProperty().set(LocalDate.of(2026, 9, 1));
        assertFalse(model.problemProperty().get().isEmpty());
        model.customToProperty().set(LocalDate.of(2026, 10, 31));
        assertFalse(pending.isEmpty(), "the figures are still being worked out");
        assertEquals("", model.problemProperty().get());

        model.customToProperty().set(LocalDate.of(2026, 9, 1));
        assertFalse(model.problemProperty().get().isEmpty());
        model.choiceProperty().set(PeriodChoice.ALL); // another period altogether
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void aSpreadWithEqualQuartilesNamesOneNumberForTheMiddleHalf() {
        DaySpread flat = new DaySpread(3, 4, 6.0, 6.0, 6.0, 9);
        assertEquals("The middle half: 6 days", InsightsSections.answerTimes(flat).figures().get(1).text());
        assertEquals("Days from a follow-up to its answer, 3 answers: median 6 days; the middle half: 6 days; "
                + "shortest 4 days, longest 9 days.", InsightsTexts.answerTimeSpoken(flat));
    }

    @Test
    void presetsAreNamedInWords() {
        assertEquals(List.of("Standard preset", "Patient preset", "Persistent preset", "Your own intervals"),
                java.util.stream.Stream.of("STANDARD", "PATIENT", "PERSISTENT", "CUSTOM").map(InsightsTexts::presetName).toList());
        assertEquals("No country set", InsightsTexts.countryName(""));
    }
}
