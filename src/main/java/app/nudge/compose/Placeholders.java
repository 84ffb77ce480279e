package app.nudge.compose;

import app.nudge.domain.Contact;
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
        String firstName = to == null ? "" : to.firstName();
        Map<String, String> v = new LinkedHashMap<>();
        // With no one to name, a neutral greeting rather than an empty "Hi ,".
        v.put("greeting", firstName.isEmpty() ? "Hello," : "Hi " + firstName + ",");
        v.put("callGreeting", firstName.isEmpty() ? "Hello" : "Hi " + firstName);
        v.put("contactFirstName", firstName);
        v.put("contactName", to == null ? "" : to.name().strip());
        v.put("role", facts.application().role().strip());
        v.put("company", orElse(facts.application().company().strip(), "your company"));
        v.put("interviewDate", DraftDates.inBody(facts.interviewDate().orElse(null)));
        v.put("interviewDateShort", DraftDates.inSubject(facts.interviewDate().orElse(null)));
        v.put("talkingPoint", facts.talkingPoint());
        v.put("interviewers", interviewers(facts));
        v.put("decisionDate", inBody(facts.decisionDate()));
        v.put("decisionDateShort", DraftDates.inSubject(facts.decisionDate().orElse(null)));
        v.put("checkBackDate", inBody(facts.checkBackDate()));
        v.put("voicemailDate", inBody(facts.voicemailDate()));
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
    private static String interviewers(RecordFacts facts) {
        List<String> names = facts.interviewers();
        if (names.isEmpty()) {
            return facts.application().primaryContact().map(c -> c.name().strip())
                    .filter(n -> !n.isEmpty()).orElse("the team");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String inBody(Optional<LocalDate> date) {
        return DraftDates.inBody(date.orElse(null));
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
