package app.nudge.compose;

import app.nudge.domain.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words the lint looks for, one list per language: each language talks about pay and sounds
 * demanding in its own words ("Gehalt", "umgehend"; "salaire", "sans délai"), and German glues
 * words together, so its common compounds ("Gehaltsvorstellung") are listed one by one since
 * {@link WordList} matches whole words only. Lists hold only words that are out of place in a
 * follow-up; everyday words that merely can mean pay ("avantages", "acciones") are left out so
 * an ordinary sentence is not flagged.
 */
final class LintWords {

    private static final Map<Language, WordList> COMPENSATION = new EnumMap<>(Language.class);
    private static final Map<Language, WordList> TONE = new EnumMap<>(Language.class);

    static {
        COMPENSATION.put(Language.EN, new WordList(List.of(
                "salary", "salaries", "compensation", "benefits", "benefit package", "pay", "pay rate",
                "bonus", "bonuses", "wage", "wages", "equity", "stock options", "remuneration", "pension",
                "401k", "PTO", "vacation days", "relocation package", "perks")));
        TONE.put(Language.EN, new WordList(List.of(
                "disappointed", "disappointing", "disappointment", "frustrated", "frustrating", "frustration",
                "annoyed", "annoying", "angry", "upset", "ASAP", "as soon as possible", "urgent", "urgently",
                "immediately", "why haven't", "why have you not", "why hasn't", "why didn't",
                "still waiting", "you promised", "unacceptable", "desperate", "desperately", "ridiculous")));

        COMPENSATION.put(Language.DE, new WordList(List.of(
                "Gehalt", "Gehälter", "Gehalts", "Gehaltsvorstellung", "Gehaltsvorstellungen", "Gehaltsspanne",
                "Gehaltsband", "Jahresgehalt", "Einstiegsgehalt", "Bruttogehalt", "Vergütung", "Lohn", "Stundenlohn",
                "Bezahlung", "Bonus", "Boni", "Prämie", "Prämien", "Sozialleistungen", "Zusatzleistungen",
                "Benefits", "Urlaubstage", "Urlaubsanspruch", "Firmenwagen", "Dienstwagen", "Aktienoptionen",
                "Betriebsrente", "Umzugspauschale", "Weihnachtsgeld", "Urlaubsgeld", "brutto")));
        TONE.put(Language.DE, new WordList(List.of(
                "umgehend", "sofort", "unverzüglich", "dringend", "schnellstmöglich", "schnellstens",
                "so schnell wie möglich", "ASAP", "enttäuscht", "enttäuschend", "Enttäuschung", "frustriert",
                "frustrierend", "verärgert", "ärgerlich", "wütend", "inakzeptabel", "unakzeptabel", "verzweifelt",
                "lächerlich", "warum haben Sie nicht", "warum haben Sie sich nicht", "immer noch keine Antwort",
                "noch immer keine Antwort", "warte immer noch", "Sie hatten versprochen", "Sie haben versprochen")));

        COMPENSATION.put(Language.FR, new WordList(List.of(
                "salaire", "salaires", "salaire brut", "rémunération", "rémunérations", "prétentions salariales",
                "fourchette salariale", "avantages sociaux", "package", "prime", "primes", "bonus", "intéressement",
                "stock-options", "actions gratuites", "congés payés", "jours de congé", "RTT", "mutuelle",
                "tickets restaurant", "voiture de fonction", "brut annuel", "paie", "paye", "retraite")));
        TONE.put(Language.FR, new WordList(List.of(
                "sans délai", "immédiatement", "urgent", "urgente", "urgence", "au plus vite", "dans les plus brefs délais",
                "le plus rapidement possible", "ASAP", "déçu", "déçue", "décevant", "déception", "frustré", "frustrée",
                "frustrant", "agacé", "agacée", "énervé", "énervée", "en colère", "inacceptable", "désespéré",
                "désespérée", "ridicule", "pourquoi n'avez-vous pas", "toujours pas de réponse", "j'attends toujours",
                "vous aviez promis", "vous m'aviez promis")));

        COMPENSATION.put(Language.ES, new WordList(List.of(
                "salario", "salarios", "sueldo", "sueldos", "remuneración", "retribución", "banda salarial",
                "pretensiones salariales", "beneficios sociales", "prestaciones", "bonus", "bono", "bonificación",
                "incentivos", "días de vacaciones", "coche de empresa", "stock options", "plan de pensiones",
                "bruto anual", "paga extra", "pagas extra")));
        TONE.put(Language.ES, new WordList(List.of(
                "inmediatamente", "de inmediato", "urgente", "urgentemente", "cuanto antes", "lo antes posible",
                "a la mayor brevedad", "ASAP", "decepcionado", "decepcionada", "decepcionante", "decepción",
                "frustrado", "frustrada", "frustrante", "molesto", "molesta", "enfadado", "enfadada", "inaceptable",
                "desesperado", "desesperada", "ridículo", "por qué no me han", "por qué no ha", "sigo esperando",
                "todavía no he recibido", "me prometió", "me prometieron")));

        COMPENSATION.put(Language.NL, new WordList(List.of(
                "salaris", "salarissen", "salarisindicatie", "salarisschaal", "brutosalaris", "loon", "uurloon",
                "beloning", "arbeidsvoorwaarden", "secundaire arbeidsvoorwaarden", "bonus", "dertiende maand",
                "vakantiegeld", "vakantiedagen", "leaseauto", "auto van de zaak", "pensioen", "pensioenregeling",
                "aandelenopties", "bruto")));
        TONE.put(Language.NL, new WordList(List.of(
                "onmiddellijk", "per direct", "zo snel mogelijk", "zsm", "z.s.m.", "dringend", "urgent", "ASAP",
                "teleurgesteld", "teleurstellend", "teleurstelling", "gefrustreerd", "frustrerend", "geïrriteerd",
                "boos", "onacceptabel", "onaanvaardbaar", "wanhopig", "belachelijk", "waarom heeft u niet",
                "waarom hebt u niet", "nog steeds geen antwoord", "nog altijd geen reactie", "ik wacht nog steeds",
                "u had beloofd", "u heeft beloofd")));
    }

    private LintWords() {
    }

    /** Talk of pay and benefits, which belongs to the offer stage. */
    static WordList compensation(Language language) {
        return COMPENSATION.get(language == null ? Language.EN : language);
    }

    /** Emotional or demanding words. */
    static WordList tone(Language language) {
        return TONE.get(language == null ? Language.EN : language);
    }
}
