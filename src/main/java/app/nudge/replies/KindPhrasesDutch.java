package app.nudge.replies;

import static app.nudge.replies.KindPhrases.of;

import java.util.List;

/**
 * Dutch words of each kind ({@link ReplyWords}), matched against flat sentences. "helaas" alone is
 * no rejection ("helaas duurt het iets langer"), nor is "we hebben besloten" ("we hebben besloten je
 * uit te nodigen voor een tweede gesprek"); "als" is "as" as often as "if", so only "als je/u/we" is a
 * conditional.
 */
final class KindPhrasesDutch {

    private KindPhrasesDutch() {
    }

    private static final String NOT = "\\b(niet|geen|nooit)\\b";
    private static final List<String> CONDITIONALS = List.of("\\b(indien|voordat|zodra|mocht|mochten)\\b",
            "\\b(als|of) (je|u|jij|we|wij|er|alles)\\b", "\\b(misschien|mogelijk|eventueel|zouden)\\b", "\\?");

    private static List<String> with(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(b)).toList();
    }

    static final ReplyWords WORDS = ReplyWords.of(
            "^(automatisch antwoord|afwezig|afwezigheidsbericht|gelezen:)",
            of(List.of("\\bik ben (momenteel |op dit moment |vandaag )?(afwezig|niet op kantoor|niet aanwezig)\\b",
                    "\\bik ben( \\S+){0,4} (met vakantie|op vakantie|afwezig|niet op kantoor)( \\S+){0,4} (tot|t/m|terug)\\b",
                    "\\b(automatisch antwoord|afwezigheidsbericht|afwezigheidsmelding)\\b", "\\btijdens mijn afwezigheid\\b",
                    "\\bbeperkt toegang tot (mijn )?e-?mail\\b"), List.of()),
            of(List.of("\\bvacatures (die )?(bij (je|jou|u) passen|voor (jou|u))\\b", "\\bvacature-?alert\\b"), List.of()),
            // An offer: "we zijn blij je de functie aan te bieden", "in de bijlage vind je ons contractvoorstel".
            of(List.of("\\b(je|jou|u) (graag )?(de functie|de baan|de positie|een (contract|aanbod|arbeidsovereenkomst|contractvoorstel|vast contract)"
                            + "|ons aanbod)( \\S+){0,5} (aan te bieden|aanbieden|te doen|doen)\\b",
                    "\\b(doen|bieden) (we |wij )?(je|jou|u) (graag )?(een|ons) (aanbod|contractaanbod|contractvoorstel|arbeidsovereenkomst)\\b",
                    "\\b(bijgevoegd|in de bijlage|als bijlage)\\b.{0,40}\\b(aanbod|contractvoorstel|arbeidsovereenkomst|aanbiedingsbrief"
                            + "|arbeidsvoorwaardenvoorstel)\\b",
                    "\\b(contractvoorstel|aanbod|arbeidsvoorwaardenvoorstel|aanbiedingsbrief)( \\S+){0,3} (vind je|vindt u|treft u|zit)"
                            + " (in de bijlage|bijgevoegd|als bijlage)\\b",
                    "\\bwelkom (bij|in) (het|ons) team\\b"),
                    with(CONDITIONALS, NOT, "\\bwat (we|wij) (je |u )?(te )?bieden\\b", "\\b(voordelen|secundaire arbeidsvoorwaarden)\\b",
                            "\\b(andere|een andere) kandida", "\\b(gesprek|interview|kennismaking|ronde)")),
            // A rejection: "we hebben besloten verder te gaan met een andere kandidaat", "de vacature is inmiddels vervuld".
            of(List.of("\\b(besloten|gekozen|ervoor gekozen)\\b.{0,50}\\b(andere|meer geschikte|interne) (kandida\\w*|sollicitant\\w*|profiel\\w*|persoon)",
                    "\\b(verder|door) (te )?gaan met (een )?(andere|meer geschikte|interne) (kandida|sollicitant|profiel)",
                    "\\bniet (verder|door) (te )?(gaan|kunnen gaan) met (je|jou|jouw|u|uw)\\b",
                    "\\b(gaan|kunnen|zullen) (we |wij )?(helaas )?niet (verder|door) met (je|jou|jouw|u|uw)\\b",
                    "\\b(je|jouw|uw) (sollicitatie|kandidatuur|profiel)( \\S+){0,3} (niet|helaas niet) (verder |mee )?(in behandeling|meenemen"
                            + "|mee te nemen|door|verder)",
                    "\\b(je|jou|u) (helaas )?niet (uit )?(te )?(nodigen|uitnodigen|uit te nodigen) voor (een |het )?(tweede|volgend|vervolg)",
                    "\\b(functie|vacature|positie)( \\S+){0,3} (is|werd) (inmiddels |al |reeds )?(vervuld|ingevuld|vergeven)\\b",
                    "\\b(een )?afwijzing (sturen|geven|mededelen|moeten geven)\\b", "\\bafwijzing (op|voor) (je|jouw|uw) sollicitatie\\b",
                    "\\b(past|passen|sluit|sluiten) (helaas )?niet (helemaal |voldoende |goed )?(aan )?(bij|op) (het profiel|de functie|wat (we|wij) zoeken|onze)",
                    "\\b(geen|niet de juiste) match\\b", "\\bmoeten (we |wij )?(je|u) (helaas )?teleurstellen\\b"),
                    with(CONDITIONALS, "\\b(vertraging|vertraagd|uitgesteld|uitstel|langer dan)\\b", "\\bnog (geen|niet|steeds|bezig|open)\\b")),
            of(List.of("\\bik (kwam|zag) (je|jouw|uw) profiel\\b", "\\b(je|jouw|uw) profiel (op linkedin )?(tegengekomen|gezien|gevonden)\\b"),
                    List.of()),
            // A next round: "we nodigen je graag uit voor een tweede gesprek", "kennismaken met het team".
            of(List.of("\\b(uitnodigen|uit te nodigen|uitnodiging|nodigen (we |wij )?(je|jou|u) (graag )?uit)\\b.{0,60}\\b(gesprek|interview|ronde"
                            + "|kennismaking|assessment|case|meeloopdag|presentatie)",
                    "\\b(tweede|volgende|vervolg|laatste|derde|technisch|technische|afsluitend|afsluitende|nieuw) ?(gesprek|ronde|interview"
                            + "|sollicitatiegesprek)\\b",
                    "\\b(kennismaken|kennis maken) met (het team|ons team|de|onze|mijn)\\b",
                    "\\b(gesprek|afspraak) met (onze|de|ons|het) (team|manager|directeur|cto|ceo|teamleider|leidinggevende)\\b"),
                    List.of(NOT, "\\bhoe (was|ging|verliep)\\b", "\\bna (je|jouw|uw|het|ons)\\b",
                            "\\b(afgerond|gevoerd|bezig|lopen|plaatsgevonden|voeren)\\b", "\\b(andere|alle) kandida")),
            of(List.of("\\b(schikt|past|lukt|kan)\\b.{0,40}\\b(je|jou|u|het)\\b", "\\b(ben je|bent u|zou je|zou u) .{0,20}beschikbaar\\b",
                    "\\bzullen (we|wij)\\b"), List.of(NOT)),
            of(List.of("\\b(we|wij) hebben (je|jouw|uw) (sollicitatie|cv|reactie)( \\S+){0,3} ontvangen\\b", "\\bontvangstbevestiging\\b",
                    "\\b(je|uw) sollicitatie is (in goede orde )?ontvangen\\b"), List.of()),
            of(List.of("\\bdit is een automatisch (gegenereerd |verzonden )?(bericht|e-?mail)\\b",
                    "\\b(gelieve|je kunt|u kunt) niet (te )?(antwoorden|reageren) op (dit|deze)\\b"), List.of()),
            // A check-back: "neem gerust half januari nog eens contact met me op".
            of(List.of("\\b(neem|neemt u|kun je|kunt u|mag je|mag u) (gerust |dan |bij voorkeur )?(\\S+ ){0,4}contact (met (mij|me|ons) )?op\\b",
                    "\\b(mail|bel|app) (me|mij|ons) (gerust )?(\\S+ ){0,3}(weer|opnieuw|nog een keer|nog eens)\\b",
                    "\\b(stuur|stuurt u) (me|mij|ons) (gerust )?(\\S+ ){0,3}(een mailtje|een berichtje|een e-?mail|een bericht)\\b",
                    "\\blaat (gerust |dan )?(even )?(weer )?van (je|u) horen\\b"),
                    List.of("\\b(ik|we|wij) (neem|nemen|laat|laten|mail|mailen|bel|bellen)\\b", "\\b(vragen|vraag)\\b")),
            of(List.of("\\bbeslis", "\\bbesluit\\b", "\\bbeslissing\\b", "\\b(laten|laat) .{0,40}\\bweten\\b", "\\bterugkoppeling\\b",
                    "\\bnieuws\\b", "\\buitsluitsel\\b", "\\breactie\\b", "\\bantwoord\\b", "\\bvan (ons|mij) horen\\b",
                    "\\b(neem|nemen) .{0,30}contact\\b", "\\bvervolgstappen\\b", "\\bbericht\\b"), List.of()),
            "\\b(uiterlijk|voor|tot|tot en met|t/m|ten laatste|op zijn laatst)( op| de| het)? $",
            "^(binnen|over|in) ",
            "\\b(kun|kunt|zou|zoudt|wil|wilt) (je|u)\\b|\\b(alsjeblieft|alstublieft)\\b|\\bstuur (me|ons)\\b",
            "\\b(binnenkort|spoedig|zo snel mogelijk|zo spoedig mogelijk|op korte termijn|de komende dagen)\\b",
            "\\b(die dag|op die dag|dan)\\b");
}
