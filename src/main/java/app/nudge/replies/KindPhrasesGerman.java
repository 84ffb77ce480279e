package app.nudge.replies;

import static app.nudge.replies.KindPhrases.of;

import java.util.List;

/**
 * German words of each kind ({@link ReplyWords}), matched against flat sentences: written with
 * umlauts, they match "ä", "ae" and "a" alike. As in English, a false offer or rejection is the worst
 * reading, so those carry the most guards: "leider" alone is no rejection ("leider verzögert sich die
 * Entscheidung"), nor is an "Absage" another candidate sent, nor a job "noch nicht besetzt".
 */
final class KindPhrasesGerman {

    private KindPhrasesGerman() {
    }

    private static final String NOT = "\\b(nicht|kein|keine|keinen|keiner|keinem|nie|niemals)\\b";
    /** Conditionals and hedges: an offer or rejection that might happen is not one that did. */
    private static final List<String> CONDITIONALS = List.of("\\b(falls|sofern|ob|bevor|sobald|vorausgesetzt)\\b",
            "\\bwenn (wir|die|alle|es|ihre|der|das|sie sich)\\b", "\\b(könnten|würden|möglicherweise|eventuell|vielleicht)\\b", "\\?");

    private static List<String> with(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    static final ReplyWords WORDS = ReplyWords.of(
            "^(automatische antwort|abwesenheitsnotiz|abwesend|nicht im büro|gelesen:)",
            // Out of office: "Ich bin bis einschließlich 4. Januar nicht im Büro", "Abwesenheitsnotiz".
            of(List.of("\\b(ich bin|bin ich)( \\S+){0,8} (nicht im büro|abwesend|außer haus|out of office)\\b",
                    "\\b(ich bin|bin ich)( \\S+){0,3} bis( \\S+){0,5} (im urlaub|nicht erreichbar|auf reisen|in elternzeit|krank)",
                    "\\babwesenheitsnotiz\\b", "\\bautomatische antwort\\b", "\\bwährend meiner abwesenheit\\b",
                    "\\bin dringenden fällen wenden sie sich\\b", "\\b(ihre|diese) (e-?mail|nachricht) wird nicht weitergeleitet\\b"),
                    List.of()),
            of(List.of("\\bjobs?,? die (zu ihnen|zu dir|zu ihrem profil|zu deinem profil) passen\\b",
                    "\\bneue (stellenangebote|jobs|stellen) (für sie|für dich|passend)\\b", "\\bjob-?alarm\\b", "\\bjobempfehlungen\\b"),
                    List.of()),
            // An offer: "freuen uns, Ihnen die Stelle anbieten zu können", "anbei Ihr Vertragsangebot".
            of(List.of("\\b(freuen|freue) (uns|mich)( sehr)?,? (ihnen|dir|euch) (hiermit |heute |nun )?(die stelle|die position"
                            + "|ein (vertrags|arbeits)?angebot|einen (arbeits)?vertrag|eine zusage|unser (vertrags)?angebot)\\b",
                    "\\b(ihnen|dir) (gerne |gern |hiermit |nun )?(die stelle|die position|den job)( als [\\w /&-]{1,40})? (anbieten|anzubieten)\\b",
                    "\\b(ihr|unser|das) (vertragsangebot|angebot|arbeitsvertrag|vertragsentwurf)( für sie)? (finden sie |erhalten sie )?"
                            + "(im anhang|anbei|in der anlage|beigefügt)\\b",
                    "\\b(im anhang|anbei|in der anlage) (finden sie |erhalten sie |sende ich ihnen |senden wir ihnen )?(ihr|unser|das|den|ihren)"
                            + " (vertragsangebot|angebot|arbeitsvertrag|vertrag|vertragsentwurf)\\b",
                    "\\b(ihnen|dir) (eine|unsere) zusage (für die stelle )?(geben|erteilen|machen|aussprechen|mitteilen)\\b"),
                    with(CONDITIONALS, NOT, "\\bwas wir (ihnen |dir )?(zu )?bieten\\b", "\\bbenefits?\\b",
                            "\\b(anderen?|andere|weitere[nm]?) (kandidat|bewerber)", "\\b(gespräch|interview|kennenlernen|termin|runde)")),
            // A rejection: "Absage", "nicht berücksichtigen", "für eine andere Kandidatin entschieden", "Stelle bereits besetzt".
            of(List.of("\\b(ihnen|dir|euch) (leider |heute |hiermit )?(eine )?absage (erteilen|geben|mitteilen|schicken|senden|aussprechen)\\b",
                    "\\b(ihnen|dir) (heute )?(leider )?absagen\\b", "\\babsage (für|auf|zu) (ihre|deine) bewerbung\\b",
                    "\\b(sie|ihre bewerbung|ihre unterlagen|ihr profil|ihre kandidatur|dich|deine bewerbung)( \\S+){0,4} (leider )?nicht"
                            + " (weiter |mehr |länger )?(berücksichtig|in betracht|in die engere auswahl|weiterverfolg|weiter verfolg)",
                    "\\b(leider|bedauerlicherweise|jedoch)\\b.{0,60}\\bnicht (weiter |mehr )?berücksichtig",
                    "\\b(für|zugunsten) (eine[nrs]? )?(anderen?|andere|weitere[nr]?|interne[nr]?|externe[nr]?) (kandidat|bewerber|profil|person)"
                            + "\\w*.{0,40}\\b(entschieden|entscheiden)\\b",
                    "\\b(entschieden|entschlossen),? .{0,30}(für|zugunsten) (eine[nrs]? )?(anderen?|andere|weitere[nr]?|interne[nr]?) "
                            + "(kandidat|bewerber|profil|person)",
                    "\\b(stelle|position|vakanz)( [\\w-]+){0,4} (ist|wurde|wurden|konnte) (bereits |inzwischen |mittlerweile "
                            + "|zwischenzeitlich |leider )*(anderweitig |intern )?(besetzt|vergeben)\\b",
                    "\\b(keine|nicht die) positiven? (rückmeldung|nachricht|antwort)\\b",
                    "\\bnicht (in die|für die) (engere[n]? auswahl|nächste runde|zweite runde)\\b",
                    "\\b(mit ihnen|mit dir|mit ihrer bewerbung|ihre bewerbung|den prozess) (leider )?nicht (weiter )?(fortsetzen|fortführen|weiterverfolgen)\\b",
                    "\\bnicht (zu einem|zum|für ein) (weiteren|zweiten|nächsten) (gespräch|interview)\\b"),
                    with(CONDITIONALS, "\\bnoch (nicht|kein|keine|keinen|offen|ausstehend|im gange|in)\\b", "\\bbisher\\b",
                            "\\bverzöger", "\\bverschieb", "\\bverschoben\\b", "\\b(länger|später) als\\b", "\\bkeine sorge\\b",
                            "\\bbis (die|wir)\\b", "\\b(weiterhin|noch) (offen|zu besetzen|vakant)\\b")),
            of(List.of("\\b(bin|sind) (ich |wir )?auf (ihr|dein) profil (gestoßen|aufmerksam geworden)\\b",
                    "\\b(ihr|dein) profil (auf|bei) (linkedin|xing) (gesehen|gefunden|entdeckt)\\b"), List.of()),
            // A next round: "zu einem zweiten Gespräch einladen", "Sie persönlich kennenlernen".
            of(List.of("\\b(zu|zum|zur|für) (einem |einer |ein |eine |dem |der |den )?(\\S+ ){0,3}(gespräch|vorstellungsgespräch|interview|kennenlernen"
                            + "|termin|runde|probetag|probearbeiten|assessment|fallstudie|präsentation)\\w*( \\S+){0,6} (einladen|einzuladen)\\b",
                    "\\beinladung (zu|zum|zur|für) (einem |einer |ein |eine |dem |der |den )?(\\S+ ){0,3}(gespräch|vorstellungsgespräch"
                            + "|interview|kennenlernen|runde|termin)",
                    "\\b(zweite[ns]?|nächste[ns]?|finale[ns]?|abschließende[ns]?|dritte[ns]?|technische[ns]?|persönliche[ns]?) (runde|gespräch"
                            + "|interview|vorstellungsgespräch|kennenlernen)\\b",
                    "\\b(persönlich|näher|gern|gerne) (\\S+ )?(kennenlernen|kennen lernen|kennenzulernen)\\b",
                    "\\b(gespräch|termin|interview|kennenlernen) mit (unserem|unserer|dem|der|unseren) (team|teamleit\\w*|geschäftsführ\\w*"
                            + "|cto|ceo|abteilungsleit\\w*|fachbereich|head of|gründer\\w*)"),
                    List.of(NOT, "\\bwie (war|lief|fanden)\\b", "\\bnach (ihrem|dem|deinem|unserem) ", "\\b(führen|geführt|abgeschlossen"
                            + "|stattgefunden|laufen|dauern|andauern)\\b", "\\b(andere|weitere|alle|die|den) (kandidat|bewerber)", "\\bob\\b")),
            of(List.of("\\b(hätten|haben) sie .{0,40}zeit\\b", "\\bhast du .{0,40}zeit\\b", "\\b(passt|passen|ginge|geht) (ihnen|es ihnen|dir|es dir)\\b",
                    "\\bwie (wäre|sieht es) (es )?(mit|aus)\\b", "\\bwäre(n)? (ihnen|sie|dir|du) .{0,40}(recht|möglich|verfügbar)\\b",
                    "\\b(schlage|schlagen) (ihnen |dir )?.{0,40}vor\\b"), List.of(NOT)),
            // The receipt of an applicant tracking system.
            of(List.of("\\b(wir haben|haben wir) (ihre|deine) bewerbung( \\S+){0,3} (erhalten|bekommen)\\b", "\\beingangsbestätigung\\b",
                    "\\b(ihre|deine) bewerbung (ist|wurde) (bei uns )?(erfolgreich )?(eingegangen|übermittelt)\\b"), List.of()),
            of(List.of("\\b(diese|dies ist eine) (e-?mail|nachricht) wurde automatisch (erstellt|generiert|versendet|verschickt)\\b",
                    "\\bdies ist eine automatisch (erstellte|generierte|versendete) (e-?mail|nachricht)\\b",
                    "\\bbitte antworten sie nicht auf diese\\b"), List.of()),
            // A check-back: "Melden Sie sich gern Mitte Januar noch einmal bei mir".
            of(List.of("\\bmelden sie sich\\b.{0,50}\\b(noch ?(ein)?mal|nochmal|erneut|wieder)\\b",
                    "\\b(noch ?(ein)?mal|nochmal|erneut|wieder)\\b.{0,30}\\bbei (mir|uns) (melden)\\b",
                    "\\b(meld|melde) dich\\b.{0,50}\\b(noch ?(ein)?mal|nochmal|erneut|wieder)\\b",
                    "\\b(haken|fragen) sie (gern |gerne |bitte |einfach )?.{0,40}\\bnach\\b",
                    "\\b(kontaktieren|rufen) sie (mich|uns)\\b.{0,40}\\b(noch ?(ein)?mal|nochmal|erneut|wieder|an)\\b"),
                    List.of("\\b(wir|ich) (melden|melde|werden|werde|rufen|rufe)\\b", "\\b(fragen|rückfragen) haben\\b")),
            // Words of a decision or an answer: their date is the new decision date.
            of(List.of("\\bentscheid", "\\bentschieden\\b", "\\b(melden|melde) (uns|mich)\\b", "\\brückmeldung\\b", "\\bbescheid\\b",
                    "\\b(zurückkommen|zurückmelden)\\b", "\\b(informieren|benachrichtigen) (sie|dich)\\b", "\\bfeedback\\b",
                    "\\bnächsten schritte?\\b", "\\bneuigkeiten\\b", "\\bantwort\\b", "\\bergebnis\\b", "\\bhören sie von (uns|mir)\\b"),
                    List.of()),
            "\\b(bis|spätestens|vor|noch vor|bis spätestens|voraussichtlich bis)( zum| zur| am| den| dem)? $",
            "^(in|innerhalb|binnen) ",
            "\\b(könnten|können|würden) sie\\b|\\bbitte\\b|\\b(senden|schicken) sie (mir|uns)\\b",
            "\\b(in kürze|bald|zeitnah|demnächst|schnellstmöglich|so schnell wie möglich|umgehend|in den nächsten tagen)\\b(?! nach| danach)",
            "\\b(an diesem tag|an dem tag|dann|danach)\\b");
}
