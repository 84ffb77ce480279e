package app.nudge.compose;

import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values templates can use. Every name is always present, possibly empty, so a missing
 * fact never shows as a raw placeholder; templates use {@code {?name}} / {@code {!name}} lines
 * (see {@link TemplateEngine}) to read well either way.
 */
public final class Placeholders {

    /** Every placeholder name, for the template editor's help text. */
    public static final List<String> NAMES = List.of(
            "greeting", "callGreeting", "contactFirstName", "contactName", "role", "company",
            "interviewDate", "interviewDateShort", "talkingPoint", "interviewers",
            "decisionDate", "decisionDateShort", "checkBackDate", "voicemailDate",
            "yourName", "yourEmail", "yourPhone", "signature");

    private Placeholders() {
    }

    static Map<String, String> values(RecordFacts facts, Contact to, Settings you) {
        return values(facts, to, you, Language.EN);
    }

    /** The values in {@code language}: greetings ({@link Greetings}), dates, "and", fallbacks. */
    static Map<String, String> values(RecordFacts facts, Contact to, Settings you, Language language) {
        Map<String, String> v = new LinkedHashMap<>();
        // With no one to name, a neutral greeting rather than an empty "Hi ,".
        v.put("greeting", Greetings.greeting(to, language));
        v.put("callGreeting", Greetings.callGreeting(to, language));
        v.put("contactFirstName", Greetings.firstName(to));
        v.put("contactName", to == null ? "" : to.name().strip());
        v.put("role", facts.application().role().strip());
        v.put("company", orElse(facts.application().company().strip(), Greetings.yourCompany(language)));
        v.put("interviewDate", DraftDates.inBody(facts.interviewDate().orElse(null), language));
        v.put("interviewDateShort", DraftDates.inSubject(facts.interviewDate().orElse(null), language));
        v.put("talkingPoint", facts.talkingPoint());
        v.put("interviewers", interviewers(facts, language));
        v.put("decisionDate", inBody(facts.decisionDate(), language));
        v.put("decisionDateShort", DraftDates.inSubject(facts.decisionDate().orElse(null), language));
        v.put("checkBackDate", inBody(facts.checkBackDate(), language));
        v.put("voicemailDate", inBody(facts.voicemailDate(), language));
        v.put("yourName", you.yourName().strip());
        v.put("yourEmail", you.yourEmail().strip());
        v.put("yourPhone", you.yourPhone().strip());
        v.put("signature", signature(you));
        return v;
    }

    /**
     * The signature if set, else the name; with neither the draft ends at the sign-off. A sign-off
     * the signature starts with is dropped: the template has its own ({@link SignOffs}).
     */
    static String signature(Settings you) {
        String signature = SignOffs.withoutLeadingSignOff(you.signature());
        return signature.isBlank() ? you.yourName().strip() : signature;
    }

    /** "Pat Lee", "Pat Lee and Sam Roe", "A, B and C"; else the primary contact; else "the team". */
    private static String interviewers(RecordFacts facts, Language language) {
        List<String> names = facts.interviewers();
        if (names.isEmpty()) {
            return facts.application().primaryContact().map(c -> c.name().strip())
                    .filter(n -> !n.isEmpty()).orElse(Greetings.theTeam(language));
        }
        return Greetings.list(names, language);
    }

    private static String inBody(Optional<LocalDate> date, Language language) {
        return DraftDates.inBody(date.orElse(null), language);
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
