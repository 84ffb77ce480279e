package app.nudge.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every event, skipped action and channel has words in every language; German lines read as German. */
class TimelineEntryTextsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @AfterEach
    void back() {
        Texts.use(Language.EN);
    }

    /** One event of each type, with the dates its words need. */
    private static List<Event> everyKind() {
        List<Event> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            events.add(switch (type) {
                case FOLLOW_UP_SENT -> Event.followUp(DAY, Channel.PHONE);
                case REPLY_RECEIVED -> Event.reply(DAY, DAY.plusDays(11));
                case CHECK_BACK_AGREED -> Event.checkBack(DAY, DAY.plusDays(8));
                case SKIPPED -> Event.skipped(DAY, ActionType.THANK_YOU);
                case SNOOZED -> Event.snoozed(DAY, DAY.plusDays(3));
                default -> Event.of(type, DAY);
            });
        }
        events.add(Event.followUp(DAY, Channel.EMAIL));
        events.add(Event.reply(DAY, null));
        events.add(Event.of(EventType.THANK_YOU_SENT, DAY).withRecipient("Pat Lee"));
        for (ActionType action : ActionType.values()) {
            events.add(Event.skipped(DAY, action));
        }
        events.add(Event.thankYouSkipped(DAY, "Pat Lee"));
        return events;
    }

    @Test
    void everyEventHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Texts texts = Texts.use(language);
            for (Event event : everyKind()) {
                String text = TimelineEntry.describe(event);
                assertFalse(text.isBlank() || text.contains("detail.") || text.contains("{"), language + ": " + text);
            }
            for (Channel channel : Channel.values()) {
                assertTrue(texts.has("detail.channel." + channel.name()), language + " " + channel);
            }
        }
    }

    @Test
    void germanTimeline() {
        Texts.use(Language.DE);
        List<TimelineEntry> entries = TimelineEntry.of(
                List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), LocalDate.of(2026, 11, 20), "Abrechnung",
                        List.of("Pat Lee", "Sam Roe"))),
                List.of(Event.reply(DAY, LocalDate.of(2026, 12, 4)),
                        Event.thankYouSkipped(DAY, "Pat Lee")));
        assertEquals("Übersprungen: Dankesnachricht an Pat Lee", entries.get(0).text());
        assertEquals("Antwort erhalten: Entscheidung bis Fr., 4. Dez. 2026", entries.get(1).text());
        assertEquals("Mo., 23. Nov. 2026", entries.get(1).dateText());
        TimelineEntry round = entries.get(2);
        assertEquals("Pat Lee, Sam Roe: Gespräch bis 15:00", round.text());
        assertEquals("Entscheidung erwartet bis Fr., 20. Nov. 2026 · Thema: Abrechnung", round.detail());
        assertEquals("Mo., 16. Nov. 2026", round.dateText());
    }

    @Test
    void englishStaysAsItWas() {
        Texts.use(Language.EN);
        assertEquals("Skipped: thank you to Pat Lee", TimelineEntry.describe(Event.thankYouSkipped(DAY, "Pat Lee")));
        assertEquals("Skipped: follow up", TimelineEntry.describe(Event.skipped(DAY, ActionType.FOLLOW_UP)));
        assertEquals("They replied: decision by Fri 4 Dec 2026",
                TimelineEntry.describe(Event.reply(DAY, LocalDate.of(2026, 12, 4))));
    }
}
