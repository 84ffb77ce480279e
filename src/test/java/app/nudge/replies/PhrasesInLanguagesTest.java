package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.replies.DatePhrases.Purpose;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18: the date and time phrases, quoted parts and sentence ends of German, French, Spanish and
 * Dutch, read with an American English locale (no language setting), relative to a message sent
 * Wednesday 2026-12-02, like {@link DatePhrasesTest}. Accents and umlauts may be typed or not.
 */
class PhrasesInLanguagesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "[{index}] \"{0}\" as {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            wir entscheiden bis Freitag                 | DECISION   | 2026-12-04
            am kommenden Freitag                        | DECISION   | 2026-12-04
            nächsten Freitag                            | DECISION   | 2026-12-11
            Freitag nächster Woche                      | DECISION   | 2026-12-11
            letzten Freitag                             | DECISION   | -
            nächste Woche                               | DECISION   | 2026-12-11
            naechste Woche                              | CHECK_BACK | 2026-12-07
            nachste Woche                               | DECISION   | 2026-12-11
            in den nächsten Wochen                      | DECISION   | -
            übernächste Woche                           | DECISION   | 2026-12-18
            Ende nächster Woche                         | DECISION   | 2026-12-11
            Ende der nächsten Woche                     | DECISION   | 2026-12-11
            Anfang nächster Woche                       | CHECK_BACK | 2026-12-07
            Ende dieser Woche                           | DECISION   | 2026-12-04
            in zwei Wochen                              | DECISION   | 2026-12-16
            innerhalb von 10 Werktagen                  | DECISION   | 2026-12-16
            in 14 Tagen                                 | DECISION   | 2026-12-16
            am 15. Dezember                             | DECISION   | 2026-12-15
            Freitag, den 11. Dezember 2026              | DECISION   | 2026-12-11
            Freitag, den 12. Dezember                   | DECISION   | -
            15.12.                                      | DECISION   | 2026-12-15
            15.12.2026                                  | DECISION   | 2026-12-15
            3.1.                                        | DECISION   | 2027-01-03
            bis zum 12.                                 | DECISION   | 2026-12-12
            Mitte Januar                                | DECISION   | 2027-01-15
            Ende März                                   | DECISION   | 2027-03-31
            Ende des Monats                             | DECISION   | 2026-12-31
            KW 51                                       | CHECK_BACK | 2026-12-14
            morgen                                      | DECISION   | 2026-12-03
            Guten Morgen                                | DECISION   | -
            heute Morgen                                | DECISION   | -
            d'ici vendredi                              | DECISION   | 2026-12-04
            vendredi prochain                           | DECISION   | 2026-12-04
            vendredi de la semaine prochaine            | DECISION   | 2026-12-11
            vendredi dernier                            | DECISION   | -
            la semaine prochaine                        | DECISION   | 2026-12-11
            la semaine prochaine                        | ROUND      | -
            fin de la semaine prochaine                 | DECISION   | 2026-12-11
            début de la semaine prochaine               | CHECK_BACK | 2026-12-07
            dans deux semaines                          | DECISION   | 2026-12-16
            sous quinze jours                           | DECISION   | 2026-12-16
            sous 10 jours ouvrés                        | DECISION   | 2026-12-16
            le 15 décembre                              | DECISION   | 2026-12-15
            le 15 decembre                              | DECISION   | 2026-12-15
            le vendredi 11 décembre                     | DECISION   | 2026-12-11
            1er janvier                                 | DECISION   | 2027-01-01
            mi-janvier                                  | DECISION   | 2027-01-15
            fin du mois                                 | DECISION   | 2026-12-31
            demain                                      | DECISION   | 2026-12-03
            el viernes                                  | DECISION   | 2026-12-04
            el viernes pasado                           | DECISION   | -
            los viernes                                 | DECISION   | -
            el viernes de la semana que viene           | DECISION   | 2026-12-11
            la semana que viene                         | DECISION   | 2026-12-11
            la próxima semana                           | CHECK_BACK | 2026-12-07
            la proxima semana                           | DECISION   | 2026-12-11
            a finales de la próxima semana              | DECISION   | 2026-12-11
            en dos semanas                              | DECISION   | 2026-12-16
            en quince días                              | DECISION   | 2026-12-16
            el 15 de diciembre                          | DECISION   | 2026-12-15
            el miércoles 16 de diciembre de 2026        | DECISION   | 2026-12-16
            a mediados de enero                         | DECISION   | 2027-01-15
            mañana                                      | DECISION   | 2026-12-03
            por la mañana                               | DECISION   | -
            uiterlijk vrijdag                           | DECISION   | 2026-12-04
            volgende week                               | DECISION   | 2026-12-11
            volgende week                               | CHECK_BACK | 2026-12-07
            volgende week vrijdag                       | DECISION   | 2026-12-11
            aanstaande vrijdag                          | DECISION   | 2026-12-04
            afgelopen vrijdag                           | DECISION   | -
            eind volgende week                          | DECISION   | 2026-12-11
            eind van deze week                          | DECISION   | 2026-12-04
            over twee weken                             | DECISION   | 2026-12-16
            binnen 5 werkdagen                          | DECISION   | 2026-12-09
            op 15 december                              | DECISION   | 2026-12-15
            15-12-2026                                  | DECISION   | 2026-12-15
            10-15 minuten                               | DECISION   | -
            half januari                                | DECISION   | 2027-01-15
            goede morgen                                | DECISION   | -
            15/12                                       | DECISION   | -
            """)
    void date(String phrase, Purpose purpose, LocalDate expected) {
        Optional<DatePhrases.Found> found = DatePhrases.first(Flat.of(phrase), WEDNESDAY, purpose, Locale.US);
        assertEquals(Optional.ofNullable(expected), found.map(DatePhrases.Found::date));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            am Dienstag um 14 Uhr              | 14:00
            um 14:30 Uhr                       | 14:30
            um 9.30 Uhr                        | 09:30
            um 10 am Dienstag                  | 10:00
            à 14h30                            | 14:30
            à 10 h                             | 10:00
            à midi                             | 12:00
            l'après-midi                       | -
            a las 11:00                        | 11:00
            a las 4 de la tarde                | 16:00
            al mediodía                        | 12:00
            om 15.00 uur                       | 15:00
            om 10 uur                          | 10:00
            in 10 Tagen                        | -
            a 15-minute call                   | -
            """)
    void time(String phrase, LocalTime expected) {
        assertEquals(Optional.ofNullable(expected), TimePhrases.first(Flat.of(phrase)));
    }

    @ParameterizedTest(name = "[{index}] the quote under \"{0}\" is cut")
    @CsvSource(delimiter = '|', textBlock = """
            Am Di., 1. Dez. 2026 um 18:04 Uhr schrieb Alex Morgan <alex@example.com>:
            Am 01.12.2026 um 18:04 schrieb Alex Morgan:
            Le mar. 1 déc. 2026 à 18:04, Alex Morgan <alex@example.com> a écrit :
            El mar, 1 dic 2026 a las 18:04, Alex Morgan (<alex@example.com>) escribió:
            Op di 1 dec. 2026 om 18:04 schreef Alex Morgan <alex@example.com>:
            -----Message d'origine-----
            -----Mensaje original-----
            -----Oorspronkelijk bericht-----
            """)
    void quoteCut(String marker) {
        String text = "Wir melden uns bis Freitag.\n\n" + marker + "\n> Gibt es bis Montag Neuigkeiten?\n";
        assertEquals("Wir melden uns bis Freitag.", newPart(text).strip());
    }

    @ParameterizedTest(name = "[{index}] no quote: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Am Montag schrieb mir unser CTO:
            Le poste est ouvert, comme notre directrice l'a écrit :
            """)
    void sentencesThatLookLikeAttributionsAreRead(String line) {
        String text = "Hallo,\n\n" + line + "\nWir melden uns bis Freitag.\n";
        assertEquals(text.strip(), newPart(text).strip());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1} sentence(s)")
    @CsvSource(delimiter = '|', textBlock = """
            Die Entscheidung fällt am 15. Dezember in der Sitzung.        | 1
            Wir melden uns bis 15.12. um 14 Uhr bei Ihnen.               | 1
            Wir melden uns bis zum 15.12. Viele Grüße aus Hamburg.       | 2
            Bitte rufen Sie z.B. Frau Weiss an. Danke.                   | 2
            Le comité se réunit le 15 déc. pour décider.                 | 1
            """)
    void sentenceEnds(String text, int count) {
        assertEquals(count, Sentences.of(text, java.util.List.of(new Span(0, text.length()))).size());
    }

    private static String newPart(String text) {
        ReplyText reply = QuotedParts.read(text);
        return reply.spans().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining("|"));
    }
}
