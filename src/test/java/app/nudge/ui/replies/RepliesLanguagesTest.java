package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.replies.ReplyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replies' own words in Spanish and Dutch: kinds by name, the dates they record, the count line. */
class RepliesLanguagesTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void spanish() {
        Texts.use(Language.ES);
        assertEquals("Una oferta", ReplyKindNames.of(ReplyKind.OFFER_RECEIVED));
        assertEquals(ReplyKind.OFFER_RECEIVED, ReplyKindNames.converter().fromString("Una oferta"));
        assertEquals("Ronda el", ReplyKindNames.namedDateLabel(ReplyKind.NEXT_ROUND).orElseThrow());
        assertEquals("2 respuestas por revisar", RepliesViewModel.countWords(2));
        assertEquals("«¿Hablamos el viernes?» decidió el tipo y dio la fecha.",
                new EvidenceMarks.Mark(" ¿Hablamos el viernes? ", EvidenceMarks.Role.BOTH).line());
    }

    @Test
    void dutch() {
        Texts.use(Language.NL);
        assertEquals("1 antwoord te beoordelen", RepliesViewModel.countWords(1));
        assertEquals("Geen antwoord (automatisch antwoord, nieuwsbrief, vacaturemelding)",
                ReplyKindNames.of(ReplyKind.NOT_A_REPLY));
    }
}
