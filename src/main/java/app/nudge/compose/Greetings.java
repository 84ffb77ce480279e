package app.nudge.compose;

import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a message greets its recipient, per language, and the few words the templates take from the
 * record in the message's language.
 *
 * <p>A contact has a name but no gender, and guessing one from a first name is how letters end up
 * "Dear Mr" to a woman. So the formal greeting with a form of address is used only when the user
 * wrote one into the contact's name ("Frau Anna Schmidt", "Mme Dupont", "Sr. García", "dhr. De
 * Vries", "Ms Lee"); otherwise each language gets what its native business writers use for a
 * person of unknown gender:
 * <ul>
 *   <li>German: "Guten Tag Pat Lee," (the usual neutral form; "Sehr geehrte*r" is not yet
 *       accepted in business letters), "Sehr geehrte Frau Schmidt," when the form is known and
 *       "Sehr geehrte Damen und Herren," with no name. The body then starts in lower case, as
 *       after any German salutation ending in a comma.</li>
 *   <li>French: "Bonjour Pat Lee," (usual in email), "Bonjour Madame Dupont," with a known form,
 *       "Madame, Monsieur," with no name.</li>
 *   <li>Spanish: "Buenos días, Pat Lee:" rather than the clumsy "Estimado/a": formal without a
 *       gendered adjective; "Estimada Sra. García:" with a known form, "Buenos días:" with no
 *       name. The colon is the Spanish letter salutation.</li>
 *   <li>Dutch: "Beste Pat Lee," (polite and neutral; the body still says "u"), "Geachte mevrouw
 *       Jansen," with a known form, "Geachte heer, mevrouw," with no name.</li>
 *   <li>English keeps "Hi Pat," ("Dear Ms Lee," with a known form) and "Hello,".</li>
 * </ul>
 * On the phone the caller hears who answers, so the call greeting names the person only with a
 * known form ("Guten Tag, Frau Schmidt"), else it is the plain hello of the language.
 */
final class Greetings {

    enum Form { FEMALE, MALE, UNKNOWN }

    // Forms of address in any of the five languages, lower case, without a final full stop.
    private static final Set<String> FEMALE = Set.of("frau", "fr", "ms", "mrs", "miss", "mme", "madame", "mlle",
            "sra", "señora", "srta", "señorita", "mevrouw", "mevr", "mw");
    private static final Set<String> MALE = Set.of("herr", "hr", "mr", "m", "monsieur", "sr", "señor", "heer",
            "dhr", "meneer");
    private static final Set<String> ACADEMIC = Set.of("dr", "prof");

    /**
     * A contact's name read for a greeting.
     *
     * @param form      known only when the name starts with a form of address
     * @param academic  "Dr." or "Prof. Dr." as written, German letters keep it ("Frau Dr. Schmidt")
     * @param surname   with a known form: the name after the first given name; else empty
     * @param fullName  the name without form and academic title
     * @param firstName the first word of {@code fullName}
     */
    record Addressee(Form form, String academic, String surname, String fullName, String firstName) {
    }

    private Greetings() {
    }

    static Addressee read(Contact to) {
        List<String> words = new ArrayList<>(to == null ? List.of()
                : Arrays.asList(to.name().strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        Form form = Form.UNKNOWN;
        if (words.size() >= 3 && bare(words.get(0)).equals("de") && bare(words.get(1)).equals("heer")) {
            words.remove(0); // Dutch "de heer Jansen"
        }
        if (words.size() >= 2 && FEMALE.contains(bare(words.get(0)))) {
            form = Form.FEMALE;
            words.remove(0);
        } else if (words.size() >= 2 && MALE.contains(bare(words.get(0)))
                && !words.get(0).equalsIgnoreCase("m")) { // a bare "M" is an initial; "M." is Monsieur
            form = Form.MALE;
            words.remove(0);
        }
        List<String> academic = new ArrayList<>();
        while (words.size() >= 2 && ACADEMIC.contains(bare(words.get(0)))) {
            academic.add(words.remove(0));
        }
        String fullName = String.join(" ", words);
        String firstName = words.isEmpty() ? "" : words.get(0);
        String surname = form == Form.UNKNOWN ? ""
                : String.join(" ", words.size() >= 2 ? words.subList(1, words.size()) : words);
        return new Addressee(form, String.join(" ", academic), surname, fullName, firstName);
    }

    /** The salutation line of a letter, with its punctuation. */
    static String greeting(Contact to, Language language) {
        Addressee a = read(to);
        boolean female = a.form() == Form.FEMALE;
        if (a.form() != Form.UNKNOWN) {
            return switch (language) {
                case EN -> "Dear " + (female ? "Ms " : "Mr ") + a.surname() + ",";
                case DE -> (female ? "Sehr geehrte Frau " : "Sehr geehrter Herr ") + withAcademic(a) + ",";
                case FR -> "Bonjour " + (female ? "Madame " : "Monsieur ") + a.surname() + ",";
                case ES -> (female ? "Estimada Sra. " : "Estimado Sr. ") + a.surname() + ":";
                case NL -> "Geachte " + (female ? "mevrouw " : "heer ") + dutchSurname(a.surname()) + ",";
            };
        }
        if (a.fullName().isEmpty()) {
            return switch (language) {
                case EN -> "Hello,";
                case DE -> "Sehr geehrte Damen und Herren,";
                case FR -> "Madame, Monsieur,";
                case ES -> "Buenos días:";
                case NL -> "Geachte heer, mevrouw,";
            };
        }
        return switch (language) {
            case EN -> "Hi " + a.firstName() + ",";
            case DE -> "Guten Tag " + a.fullName() + ",";
            case FR -> "Bonjour " + a.fullName() + ",";
            case ES -> "Buenos días, " + a.fullName() + ":";
            case NL -> "Beste " + a.fullName() + ",";
        };
    }

    /** What the caller says first, without punctuation: "Guten Tag, Frau Schmidt", "Bonjour". */
    static String callGreeting(Contact to, Language language) {
        Addressee a = read(to);
        boolean female = a.form() == Form.FEMALE;
        boolean known = a.form() != Form.UNKNOWN;
        return switch (language) {
            case EN -> known ? "Hello " + (female ? "Ms " : "Mr ") + a.surname()
                    : a.fullName().isEmpty() ? "Hello" : "Hi " + a.firstName();
            case DE -> known ? "Guten Tag, " + (female ? "Frau " : "Herr ") + withAcademic(a) : "Guten Tag";
            // On the French phone "Bonjour Madame" is the polite form; the surname would sound stiff.
            case FR -> known ? "Bonjour " + (female ? "Madame" : "Monsieur") : "Bonjour";
            case ES -> known ? "Buenos días, " + (female ? "Sra. " : "Sr. ") + a.surname() : "Buenos días";
            case NL -> known ? "Goedendag " + (female ? "mevrouw " : "meneer ") + dutchSurname(a.surname())
                    : "Goedendag";
        };
    }

    /** The given name for {contactFirstName}: empty when only a form and surname were written. */
    static String firstName(Contact to) {
        Addressee a = read(to);
        if (a.form() == Form.UNKNOWN) {
            return to == null ? "" : to.firstName();
        }
        return a.fullName().equals(a.surname()) ? "" : a.firstName();
    }

    /** "Pat Lee", "Pat Lee and Sam Roe", "A, B and C" with the language's "and". */
    static String list(List<String> names, Language language) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String last = names.get(names.size() - 1);
        String and = switch (language) {
            case EN -> "and";
            case DE -> "und";
            case FR -> "et";
            // Spanish writes "e" before a word that starts with the sound i: "Ana e Iñaki".
            case ES -> startsWithISound(last) ? "e" : "y";
            case NL -> "en";
        };
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + last;
    }

    /** Who the user met when the record names nobody; written for "with {interviewers}". */
    static String theTeam(Language language) {
        return switch (language) {
            case EN -> "the team";
            case DE -> "Ihrem Team";
            case FR -> "votre équipe";
            case ES -> "su equipo";
            case NL -> "uw team";
        };
    }

    /**
     * The company when the record has none. Each language's templates put {company} only where this
     * reads right: German and Spanish as subject or object, Dutch also after "bij"; French only
     * after "chez", hence "chez vous".
     */
    static String yourCompany(Language language) {
        return switch (language) {
            case EN -> "your company";
            case DE -> "Ihr Unternehmen";
            case FR -> "vous";
            case ES -> "su empresa";
            case NL -> "uw bedrijf";
        };
    }

    private static String withAcademic(Addressee a) {
        return a.academic().isEmpty() ? a.surname() : a.academic() + " " + a.surname();
    }

    /** Without a first name before it, a Dutch surname prefix is capitalised: "mevrouw Van der Berg". */
    private static String dutchSurname(String surname) {
        return surname.isEmpty() ? surname : surname.substring(0, 1).toUpperCase(Locale.ROOT) + surname.substring(1);
    }

    private static boolean startsWithISound(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("hie") || w.startsWith("hia") || w.startsWith("hio") || w.startsWith("hiu")) {
            return false;
        }
        return w.startsWith("i") || w.startsWith("í") || w.startsWith("hi") || w.startsWith("hí");
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
